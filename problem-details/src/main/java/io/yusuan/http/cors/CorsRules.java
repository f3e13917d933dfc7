package io.yusuan.http.cors;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which origin may do what. Published data (公开数据) is public, so a read (GET, HEAD) is allowed from any
 * origin, without credentials. A write (PUT, POST, DELETE, PATCH) carries an editor's bearer token, so it
 * is allowed only from a listed origin (an operator's own front-end), which is echoed with credentials; so
 * is a read carrying a token from such an origin (an editor reading a draft, 草稿).
 */
public final class CorsRules {

    /** Methods any origin may use. */
    static final List<String> READS = List.of("GET", "HEAD");

    /** Methods only a listed origin may use. */
    static final List<String> WRITES = List.of("PUT", "POST", "DELETE", "PATCH");

    private static final String READ_METHODS = String.join(", ", READS);
    private static final String ALL_METHODS = READ_METHODS + ", " + String.join(", ", WRITES);

    /** Request headers a preflight allows: the bearer token, bodies, and conditional requests. */
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-None-Match, If-Match, Accept";

    /** Response headers a script may read: caching, downloads, created resources, export snapshots. */
    static final String EXPOSED_HEADERS = "ETag, Content-Disposition, Location, Yusuan-Newest-Publication";

    /** How long a browser may keep a preflight's answer: a day, in seconds. */
    static final String MAX_AGE = "86400";

    private final Set<String> writeOrigins;

    /** @param writeOrigins the origins allowed to write, such as {@code https://editor.example.gov.cn} */
    public CorsRules(Collection<String> writeOrigins) {
        this.writeOrigins = writeOrigins.stream().map(CorsRules::normalized).filter(origin -> !origin.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The answer to an actual (not preflight) request.
     *
     * @param origin the Origin header, null when the request is not cross-origin
     * @param authorized whether the request carries an Authorization header
     */
    public Grant request(String origin, String method, boolean authorized) {
        if (origin == null) {
            return Grant.NONE;
        }
        boolean listed = isListed(origin);
        if (isRead(method)) {
            return listed && authorized ? Grant.CREDENTIALED : Grant.ANY_ORIGIN;
        }
        return listed ? Grant.CREDENTIALED : Grant.NONE;
    }

    /**
     * The answer to a preflight: a listed origin may use every method with credentials, any other only
     * the reads.
     *
     * @param requestedMethod the preflight's Access-Control-Request-Method
     */
    public Grant preflight(String origin, String requestedMethod) {
        if (isListed(origin) && (isRead(requestedMethod) || isWrite(requestedMethod))) {
            return Grant.CREDENTIALED;
        }
        return isRead(requestedMethod) ? Grant.ANY_ORIGIN : Grant.NONE;
    }

    boolean isListed(String origin) {
        return origin != null && writeOrigins.contains(normalized(origin));
    }

    private static boolean isRead(String method) {
        return method != null && READS.contains(method.toUpperCase(Locale.ROOT));
    }

    private static boolean isWrite(String method) {
        return method != null && WRITES.contains(method.toUpperCase(Locale.ROOT));
    }

    /** Origins compare as browsers send them: scheme and host in lower case, no trailing slash. */
    private static String normalized(String origin) {
        String stripped = origin.strip();
        return (stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped)
                .toLowerCase(Locale.ROOT);
    }

    /** What a request is granted. */
    public enum Grant {
        /** Not allowed cross-origin: no Access-Control-Allow-Origin, so the browser withholds the answer. */
        NONE,
        /** {@code Access-Control-Allow-Origin: *}, without credentials. */
        ANY_ORIGIN,
        /** The origin echoed, with {@code Access-Control-Allow-Credentials: true} and {@code Vary: Origin}. */
        CREDENTIALED;

        /** The methods a preflight names for this grant. */
        public String allowedMethods() {
            return this == CREDENTIALED ? ALL_METHODS : READ_METHODS;
        }
    }
}
