package io.yusuan.localrun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The issuing side of the services' JWT authentication, for a local run and the system tests: an RSA key pair
 * kept in a folder, whose public half is the PEM file every service verifies tokens with (through
 * {@value #PUBLIC_KEY_LOCATION_VARIABLE}), and RS256 tokens signed with its private half.
 *
 * <p>Only for running Yusuan on one machine: in production the tokens come from the organisation's identity
 * provider and the services are given its public key. The key is generated where it is used and never leaves
 * that folder (git-ignored {@code .yusuan/jwt} for {@code ./run}); it is kept, so tokens handed out by one run
 * still work after a restart.
 */
public final class JwtIssuer {

    /** The {@code iss} every service expects ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "https://yusuan.io";
    /** budget-service's writes of a department: its drafts, their submission, adjustments. */
    public static final String BUDGET_EDITOR = "budget-editor";
    /** budget-service's acts of a region's finance bureau: approving (批复), returning and publishing. */
    public static final String BUDGET_APPROVER = "budget-approver";
    /** performance-service's targets of a department. */
    public static final String PERFORMANCE_EDITOR = "performance-editor";
    /** performance-service's actuals and evaluations of a department. */
    public static final String PERFORMANCE_EVALUATOR = "performance-evaluator";
    /** catalog-service's loads of code lists, and every service's /q/metrics. */
    public static final String CATALOG_ADMIN = "catalog-admin";
    /** Every role a service checks. */
    public static final List<String> ROLES =
            List.of(CATALOG_ADMIN, BUDGET_EDITOR, BUDGET_APPROVER, PERFORMANCE_EDITOR, PERFORMANCE_EVALUATOR);

    /** smallrye-jwt's setting, as an environment variable: where the PEM public key is. */
    public static final String PUBLIC_KEY_LOCATION_VARIABLE = "MP_JWT_VERIFY_PUBLICKEY_LOCATION";

    static final String PUBLIC_KEY_FILE = "public-key.pem";
    static final String PRIVATE_KEY_FILE = "private-key.pem";

    private static final int KEY_SIZE = 2048;
    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final Path publicKeyFile;
    private final PrivateKey privateKey;
    private final String origin;

    private JwtIssuer(Path publicKeyFile, PrivateKey privateKey, String origin) {
        this.publicKeyFile = publicKeyFile;
        this.privateKey = privateKey;
        this.origin = origin;
    }

    /**
     * The key pair in {@code directory}: reused when both halves are there and belong together, otherwise a new
     * one is generated and written (the private half readable by its owner only, where the file system allows).
     *
     * @throws UncheckedIOException if the folder or the files cannot be written
     */
    public static JwtIssuer loadOrCreate(Path directory) {
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        String replaced = null;
        if (Files.exists(publicFile) || Files.exists(privateFile)) {
            try {
                PrivateKey privateKey = readPrivateKey(privateFile);
                PublicKey publicKey = readPublicKey(publicFile);
                if (pairs(privateKey, publicKey)) {
                    return new JwtIssuer(publicFile, privateKey, "reused the key pair in " + directory);
                }
                replaced = "its two halves do not belong together";
            } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                replaced = "it could not be read: " + e.getMessage();
            }
        }
        KeyPair pair = generate();
        try {
            Files.createDirectories(directory);
            writeAtomically(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            writeAtomically(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JWT signing key to " + directory, e);
        }
        return new JwtIssuer(publicFile, pair.getPrivate(), replaced == null
                ? "created a key pair in " + directory
                : "created a new key pair in " + directory + " (the one there was replaced: " + replaced + ")");
    }

    /** The PEM public key the services verify tokens with. */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** Whether the key pair was reused or created, and where; one line for the progress output. */
    public String origin() {
        return origin;
    }

    /**
     * A token for {@code subject} with {@code roles} (claim {@code groups}), issued now by {@value #ISSUER} and
     * valid for {@code validity}.
     */
    public String token(String subject, Duration validity, String... roles) {
        return sign(claims(subject, validity, roles));
    }

    /**
     * A token acting for {@code region} (claim {@code region}) and, when {@code departments} names any, for those
     * departments only (claim {@code departments}, a JSON array): what the services' TokenScope reads to decide whose
     * budget a write may touch. No departments is a region-wide token, as a finance bureau's (budget-approver) is.
     */
    public String scopedToken(String subject, Duration validity, String region, List<String> departments,
            String... roles) {
        Map<String, Object> claims = claims(subject, validity, roles);
        claims.put("region", region);
        if (!departments.isEmpty()) {
            claims.put("departments", List.copyOf(departments));
        }
        return sign(claims);
    }

    private static Map<String, Object> claims(String subject, Duration validity, String... roles) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of(roles));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(validity).getEpochSecond());
        return claims;
    }

    /**
     * Any claims, signed as they are: for tests of the tokens a service must refuse (another issuer, expired).
     * The header is always {@code {"alg":"RS256","typ":"JWT"}}.
     */
    public String sign(Map<String, ?> claims) {
        try {
            String signingInput = BASE64URL.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8)) + "."
                    + BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privateKey);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot generate RSA keys", e);
        }
    }

    private static boolean pairs(PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException {
        byte[] probe = "yusuan".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(probe);
        return verifier.verify(signature);
    }

    static PublicKey readPublicKey(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(unpem(file, "PUBLIC KEY")));
    }

    private static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(unpem(file, "PRIVATE KEY")));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        if (!text.startsWith(begin) || !text.endsWith(end)) {
            throw new IllegalArgumentException(file.getFileName() + " is not a PEM " + type);
        }
        return Base64.getMimeDecoder().decode(text.substring(begin.length(), text.length() - end.length()));
    }

    /** Written beside the file and moved into place, so a reader never sees half a key. */
    static void writeAtomically(Path file, String content, boolean ownerOnly) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (ownerOnly && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
