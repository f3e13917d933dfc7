package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tokens are checked here as any JWT library would; that the services accept them, the system tests show. */
class JwtIssuerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void createsA2048BitKeyPairAsPemFilesTheFirstTime() throws Exception {
        JwtIssuer issuer = JwtIssuer.loadOrCreate(dir.resolve("jwt"));

        assertThat(issuer.origin()).isEqualTo("created a key pair in " + dir.resolve("jwt"));
        assertThat(issuer.publicKeyFile()).isEqualTo(dir.resolve("jwt/public-key.pem"));
        assertThat(Files.readString(issuer.publicKeyFile()))
                .startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("\n-----END PUBLIC KEY-----\n");
        assertThat(Files.readString(dir.resolve("jwt/private-key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(((RSAPublicKey) JwtIssuer.readPublicKey(issuer.publicKeyFile())).getModulus().bitLength())
                .isEqualTo(2048);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("jwt/private-key.pem"))))
                .isEqualTo("rw-------");
        assertThat(dir.resolve("jwt")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void reusesTheKeyPairOnTheNextStartSoEarlierTokensStillVerify() throws Exception {
        JwtIssuer first = JwtIssuer.loadOrCreate(dir);
        String publicKey = Files.readString(first.publicKeyFile());
        String token = first.token("someone", Duration.ofHours(1), JwtIssuer.BUDGET_EDITOR);

        JwtIssuer second = JwtIssuer.loadOrCreate(dir);

        assertThat(second.origin()).isEqualTo("reused the key pair in " + dir);
        assertThat(Files.readString(second.publicKeyFile())).isEqualTo(publicKey);
        assertThat(verifies(token, second.publicKeyFile())).isTrue();
    }

    @Test
    void replacesAKeyPairThatCannotBeReadOrDoesNotBelongTogether() throws Exception {
        JwtIssuer.loadOrCreate(dir);
        Files.writeString(dir.resolve("private-key.pem"), "garbage");

        JwtIssuer replaced = JwtIssuer.loadOrCreate(dir);
        assertThat(replaced.origin()).startsWith("created a new key pair in " + dir + " (the one there was replaced: "
                + "it could not be read:");

        Path other = dir.resolve("other");
        JwtIssuer.loadOrCreate(other);
        Files.copy(other.resolve("public-key.pem"), dir.resolve("public-key.pem"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        JwtIssuer mismatched = JwtIssuer.loadOrCreate(dir);
        assertThat(mismatched.origin()).endsWith("(the one there was replaced: its two halves do not belong together)");
        assertThat(verifies(mismatched.token("x", Duration.ofMinutes(1)), dir.resolve("public-key.pem"))).isTrue();
    }

    @Test
    void aTokenIsRs256WithTheClaimsTheServicesCheck() throws Exception {
        JwtIssuer issuer = JwtIssuer.loadOrCreate(dir);
        long before = Instant.now().getEpochSecond();

        String token = issuer.token("editor", Duration.ofHours(2), JwtIssuer.BUDGET_EDITOR, JwtIssuer.CATALOG_ADMIN);

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(token).doesNotContain("=", "+", "/");
        assertThat(decode(parts[0])).isEqualTo("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        JsonNode claims = JSON.readTree(decode(parts[1]));
        assertThat(claims.get("iss").asText()).isEqualTo("https://yusuan.io");
        assertThat(claims.get("sub").asText()).isEqualTo("editor");
        assertThat(claims.get("upn").asText()).isEqualTo("editor");
        assertThat(claims.get("groups")).hasSize(2);
        assertThat(claims.get("groups").get(0).asText()).isEqualTo("budget-editor");
        assertThat(claims.get("groups").get(1).asText()).isEqualTo("catalog-admin");
        long issuedAt = claims.get("iat").asLong();
        assertThat(issuedAt).isBetween(before, Instant.now().getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(issuedAt + 7200);
        assertThat(verifies(token, issuer.publicKeyFile())).isTrue();
    }

    @Test
    void aScopedTokenNamesItsRegionAndDepartments() throws Exception {
        JwtIssuer issuer = JwtIssuer.loadOrCreate(dir);

        JsonNode claims = claims(issuer.scopedToken("editor", Duration.ofDays(1), "410304", List.of("141"),
                JwtIssuer.BUDGET_EDITOR));

        assertThat(claims.get("groups").get(0).asText()).isEqualTo("budget-editor");
        assertThat(claims.get("region").asText()).isEqualTo("410304");
        assertThat(claims.get("departments").isArray()).isTrue();
        assertThat(claims.get("departments")).hasSize(1);
        assertThat(claims.get("departments").get(0).asText()).isEqualTo("141");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(86_400);
    }

    @Test
    void aFinanceBureausTokenHasNoDepartmentsClaim() throws Exception {
        JwtIssuer issuer = JwtIssuer.loadOrCreate(dir);

        String token = issuer.scopedToken("bureau", Duration.ofDays(1), "410304", List.of(), JwtIssuer.BUDGET_APPROVER);

        JsonNode claims = claims(token);
        assertThat(claims.get("region").asText()).isEqualTo("410304");
        assertThat(claims.has("departments")).isFalse();
        assertThat(verifies(token, issuer.publicKeyFile())).isTrue();
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(decode(token.split("\\.")[1]));
    }

    @Test
    void signsAnyClaimsAsGiven() throws Exception {
        JwtIssuer issuer = JwtIssuer.loadOrCreate(dir);

        String token = issuer.sign(Map.of("iss", "https://elsewhere.example"));

        assertThat(JSON.readTree(decode(token.split("\\.")[1])).get("iss").asText()).isEqualTo("https://elsewhere.example");
        assertThat(verifies(token, issuer.publicKeyFile())).isTrue();
        String tampered = token.substring(0, token.lastIndexOf('.')) + "." + token.substring(token.lastIndexOf('.') + 2) + "A";
        assertThat(verifies(tampered, issuer.publicKeyFile())).isFalse();
    }

    private static boolean verifies(String token, Path publicKeyFile) throws Exception {
        int signatureStart = token.lastIndexOf('.');
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(JwtIssuer.readPublicKey(publicKeyFile));
        rs256.update(token.substring(0, signatureStart).getBytes(StandardCharsets.US_ASCII));
        try {
            return rs256.verify(Base64.getUrlDecoder().decode(token.substring(signatureStart + 1)));
        } catch (java.security.SignatureException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
