package io.yusuan.http.cors;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.http.cors.CorsRules.Grant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorsRulesTest {

    private static final String EDITOR = "https://editor.example.gov.cn";
    private static final String STRANGER = "https://elsewhere.example.com";

    private final CorsRules rules = new CorsRules(List.of(EDITOR, " http://localhost:3000/ "));

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "get"})
    void readsAreOpenToAnyOriginWithoutCredentials(String method) {
        assertThat(rules.request(STRANGER, method, false)).isEqualTo(Grant.ANY_ORIGIN);
        assertThat(rules.request(STRANGER, method, true)).isEqualTo(Grant.ANY_ORIGIN);
        assertThat(rules.request(EDITOR, method, false)).isEqualTo(Grant.ANY_ORIGIN);
        assertThat(rules.preflight(STRANGER, method)).isEqualTo(Grant.ANY_ORIGIN);
    }

    @Test
    void aReadWithATokenFromAListedOriginIsCredentialed() {
        assertThat(rules.request(EDITOR, "GET", true)).isEqualTo(Grant.CREDENTIALED);
        assertThat(rules.preflight(EDITOR, "GET")).isEqualTo(Grant.CREDENTIALED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE", "PATCH"})
    void writesAreAllowedOnlyFromListedOrigins(String method) {
        assertThat(rules.request(EDITOR, method, true)).isEqualTo(Grant.CREDENTIALED);
        assertThat(rules.preflight(EDITOR, method)).isEqualTo(Grant.CREDENTIALED);
        assertThat(rules.request(STRANGER, method, true)).isEqualTo(Grant.NONE);
        assertThat(rules.preflight(STRANGER, method)).isEqualTo(Grant.NONE);
    }

    @Test
    void originsCompareAsBrowsersSendThem() {
        assertThat(rules.isListed("http://localhost:3000")).isTrue();
        assertThat(rules.isListed("HTTPS://Editor.Example.gov.cn")).isTrue();
        assertThat(rules.isListed("https://editor.example.gov.cn.evil.com")).isFalse();
        assertThat(rules.isListed("null")).isFalse();
    }

    @Test
    void withoutConfiguredOriginsNoOneWrites() {
        CorsRules closed = new CorsRules(List.of());
        assertThat(closed.preflight(EDITOR, "PUT")).isEqualTo(Grant.NONE);
        assertThat(closed.request(EDITOR, "GET", true)).isEqualTo(Grant.ANY_ORIGIN);
    }

    @Test
    void aSameOriginRequestGetsNoCorsHeaders() {
        assertThat(rules.request(null, "GET", false)).isEqualTo(Grant.NONE);
    }

    @Test
    void anUnknownMethodIsNeverAllowed() {
        assertThat(rules.preflight(EDITOR, "TRACE")).isEqualTo(Grant.NONE);
        assertThat(rules.preflight(STRANGER, "TRACE")).isEqualTo(Grant.NONE);
    }

    @Test
    void aCredentialedPreflightNamesTheWrites() {
        assertThat(Grant.CREDENTIALED.allowedMethods()).isEqualTo("GET, HEAD, PUT, POST, DELETE, PATCH");
        assertThat(Grant.ANY_ORIGIN.allowedMethods()).isEqualTo("GET, HEAD");
    }
}
