package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"catalog-admin", "budget-editor", "budget-approver", "performance-editor",
            "performance-evaluator"})
    void everyRoleOfTheServicesGetsAToken(String role) {
        assertThat(TokenCommand.parse(List.of(role, "410304", "141")))
                .isEqualTo(new TokenCommand(role, "410304", List.of("141")));
    }

    @Test
    void aDepartmentsTokenIsPrintedAloneSignedByTheLocalKeyForADay() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = TokenCommand.parse(List.of("budget-editor", "410304", "141"))
                .run(root, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        String token = printed.toString(StandardCharsets.UTF_8).strip();
        assertThat(token).doesNotContain("\n").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(root.resolve(".yusuan/jwt/public-key.pem")).exists();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("groups").toString()).isEqualTo("[\"budget-editor\"]");
        assertThat(claims.get("region").asText()).isEqualTo("410304");
        assertThat(claims.get("departments").toString()).isEqualTo("[\"141\"]");
        assertThat(claims.get("sub").asText()).isEqualTo("local-budget-editor-410304-141");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(86_400);
    }

    @Test
    void withoutADepartmentTheTokenCoversTheRegion() throws Exception {
        String token = TokenCommand.parse(List.of("budget-approver", "410304")).token(JwtIssuer.loadOrCreate(root));

        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("region").asText()).isEqualTo("410304");
        assertThat(claims.has("departments")).isFalse();
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheRoles() {
        assertThatThrownBy(() -> TokenCommand.parse(List.of("admin", "410304")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown role 'admin'; one of catalog-admin, budget-editor, budget-approver, "
                        + "performance-editor, performance-evaluator");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4103", "4103040", "41030a", ""})
    void aRegionOtherThanSixDigitsIsRefused(String region) {
        assertThatThrownBy(() -> TokenCommand.parse(List.of("budget-editor", region)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("REGION must be a 6-digit division code such as 410304, was '" + region + "'");
    }

    @Test
    void aMalformedDepartmentIsRefused() {
        assertThatThrownBy(() -> TokenCommand.parse(List.of("budget-editor", "410304", "14/1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DEPARTMENT must be 1 to 20 letters or digits");
    }

    @Test
    void tooFewOrTooManyArgumentsAreRefused() {
        assertThatThrownBy(() -> TokenCommand.parse(List.of("budget-editor")))
                .hasMessage("Expected ROLE REGION [DEPARTMENT], got 1 argument(s)");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("budget-editor", "410304", "141", "142")))
                .hasMessage("Expected ROLE REGION [DEPARTMENT], got 4 argument(s)");
    }
}
