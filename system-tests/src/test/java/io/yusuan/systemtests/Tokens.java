package io.yusuan.systemtests;

import io.yusuan.localrun.JwtIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens as the services read them since issue 12: a role (claim {@code groups}) acting for a region (claim
 * {@code region}) and, unless it is a finance bureau's token for the whole region, for listed departments (claim
 * {@code departments}) — and the tokens a service must not trust at all.
 */
final class Tokens {

    static final String CATALOG_ADMIN = "catalog-admin";
    static final String BUDGET_EDITOR = "budget-editor";
    static final String BUDGET_APPROVER = "budget-approver";
    static final String PERFORMANCE_EDITOR = "performance-editor";
    static final String PERFORMANCE_EVALUATOR = "performance-evaluator";

    private static final Duration VALIDITY = Duration.ofHours(2);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final JwtIssuer issuer;

    Tokens(JwtIssuer issuer) {
        this.issuer = issuer;
    }

    /**
     * A token of {@code role} for {@code region} and, when any are given, only for {@code departments}; none given is a
     * token for the whole region (a finance bureau's). A null region is a token that names no region, which covers
     * nothing.
     */
    String scoped(String role, String region, String... departments) {
        return issuer.sign(claims(role, region, VALIDITY, departments));
    }

    /**
     * A token of several roles for the whole of {@code region}: a budget office that edits, approves and publishes every
     * department's budget of the region, as the tests that only need data in place act.
     */
    String regionWide(String region, String... roles) {
        return issuer.sign(claims(List.of(roles), region, VALIDITY));
    }

    /** Like {@link #scoped}, but it expired ten minutes ago. */
    String expired(String role, String region, String... departments) {
        return issuer.sign(claims(role, region, Duration.ofMinutes(-10), departments));
    }

    /** Like {@link #scoped}, but with the header {@code {"alg":"none"}} and no signature. */
    static String unsigned(String role, String region, String... departments) {
        try {
            String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
            return BASE64URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + BASE64URL.encodeToString(new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsBytes(claims(role, region, VALIDITY, departments))) + ".";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tokens signed by a key of their own, which no service was started with. */
    static Tokens ofAnotherKey() {
        try {
            Path folder = Files.createTempDirectory("yusuan-it-other-key");
            folder.toFile().deleteOnExit();
            JwtIssuer other = JwtIssuer.loadOrCreate(folder);
            other.publicKeyFile().toFile().deleteOnExit();
            folder.resolve("private-key.pem").toFile().deleteOnExit();
            return new Tokens(other);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> claims(String role, String region, Duration validity, String... departments) {
        return claims(List.of(role), region, validity, departments);
    }

    static Map<String, Object> claims(List<String> roles, String region, Duration validity, String... departments) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", JwtIssuer.ISSUER);
        claims.put("sub", "system-test-" + String.join("-", roles));
        claims.put("upn", "system-test-" + String.join("-", roles));
        claims.put("groups", roles);
        if (region != null) {
            claims.put("region", region);
        }
        if (departments.length > 0) {
            claims.put("departments", List.of(departments));
        }
        claims.put("iat", now.minus(Duration.ofMinutes(1)).getEpochSecond());
        claims.put("exp", now.plus(validity).getEpochSecond());
        return claims;
    }
}
