package io.yusuan.performance;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.yusuan.http.access.TokenScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens signed like the real ones (RS256, issuer https://yusuan.io, roles in {@code groups}, the scope claims
 * of {@link TokenScope}), by a key pair generated for the test JVM (no key is committed). Where a test writes to several regions in
 * one method, {@code @TestSecurity} (one identity per method) cannot act for each; and a real token also proves that
 * the scope is read from the JWT's claims.
 */
public final class TestTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEYS_PROPERTY = "yusuan.test.jwt-keys";

    private TestTokens() {
    }

    /** A token of {@code role} acting for {@code department} of {@code region} (every department when it is null). */
    public static String of(String role, String region, String department) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://yusuan.io");
        claims.put("sub", role + "@" + region + (department == null ? "" : "/" + department));
        claims.put("groups", List.of(role));
        claims.put(TokenScope.REGION_CLAIM, region);
        if (department != null) {
            claims.put(TokenScope.DEPARTMENTS_CLAIM, List.of(department));
        }
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        try {
            String signed = base64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT"))) + "."
                    + base64(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey());
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + base64(signature.sign());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The test key signs", e);
        }
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        byte[] der = Base64.getDecoder().decode(keys()[1]);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /**
     * The test JVM's key pair as base64 DER, {public, private}: generated once and kept in a system property, because
     * the test resource and the tests load this class in different class loaders and must share one pair.
     */
    private static String[] keys() {
        String pair = (String) System.getProperties().computeIfAbsent(KEYS_PROPERTY, ignored -> {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair keys = generator.generateKeyPair();
                Base64.Encoder encoder = Base64.getEncoder();
                return encoder.encodeToString(keys.getPublic().getEncoded()) + " "
                        + encoder.encodeToString(keys.getPrivate().getEncoded());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("RSA keys generate", e);
            }
        });
        return pair.split(" ");
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Makes the service verify tokens with the tests' public key. Given inline: in test mode smallrye-jwt configures an
     * in-memory key pair of its own, whose inline public key would win over a key location.
     */
    public static class Verification implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of("mp.jwt.verify.publickey", keys()[0]);
        }

        @Override
        public void stop() {
        }
    }
}
