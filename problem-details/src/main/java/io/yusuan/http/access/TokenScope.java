package io.yusuan.http.access;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a bearer token acts for: one region (claim {@value #REGION_CLAIM}, a 6-digit division code) and, for a
 * department's own staff, the departments it names (claim {@value #DEPARTMENTS_CLAIM}, an array of codes). A token
 * without departments is a finance bureau's: it covers every department of its region. A token without a region
 * covers nothing, so a role alone never writes anywhere.
 *
 * @param subject the token's subject ({@code sub}, else {@code upn}), who a write is recorded as
 * @param region the region it acts for, or null
 * @param departments the departments it acts for; empty for every department of the region
 */
public record TokenScope(String subject, String region, Set<String> departments) {

    /** The claim naming the region a token acts for. */
    public static final String REGION_CLAIM = "region";
    /** The claim naming the departments a token acts for: a JSON array of codes (or one comma-separated string). */
    public static final String DEPARTMENTS_CLAIM = "departments";

    public TokenScope {
        departments = Set.copyOf(departments);
    }

    /** The scope of the request's identity; an anonymous one covers nothing. */
    public static TokenScope of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new TokenScope(null, null, Set.of());
        }
        String subject = identity.getPrincipal() == null ? null : identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (token.getSubject() != null) {
                subject = token.getSubject();
            }
            return new TokenScope(subject, text(token.getClaim(REGION_CLAIM)), codes(token.getClaim(DEPARTMENTS_CLAIM)));
        }
        // tests' @TestSecurity identities carry the claims as attributes
        return new TokenScope(subject, text(identity.getAttribute(REGION_CLAIM)),
                codes(identity.getAttribute(DEPARTMENTS_CLAIM)));
    }

    /** Whether the token acts for the region as a whole: a finance bureau's token for it. */
    public boolean coversRegion(String code) {
        return region != null && region.equals(code) && departments.isEmpty();
    }

    /** Whether the token acts for the department of the region. */
    public boolean covers(String regionCode, String department) {
        return region != null && region.equals(regionCode) && (departments.isEmpty() || departments.contains(department));
    }

    /** The scope in words, for a 403's detail. */
    public String describe() {
        if (region == null) {
            return "a token that names no region";
        }
        return departments.isEmpty() ? "region " + region + " (all its departments)"
                : "region " + region + ", department(s) " + String.join(", ", departments);
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String value = claim instanceof jakarta.json.JsonString json ? json.getString() : claim.toString();
        return value.isBlank() ? null : value.strip();
    }

    private static Set<String> codes(Object claim) {
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> add(codes, text(value)));
        } else if (claim != null) {
            Arrays.stream(text(claim) == null ? new String[0] : text(claim).split(",")).forEach(value -> add(codes, value));
        }
        return codes;
    }

    private static void add(Set<String> codes, String code) {
        if (code != null && !code.isBlank()) {
            codes.add(code.strip());
        }
    }
}
