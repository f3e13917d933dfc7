package io.yusuan.http.conditional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * If-None-Match compares entity tags weakly (RFC 9110, 13.1.2): {@code W/"v1r4"} matches {@code "v1r4"}. Caches and
 * proxies hand our strong tags back weakened (after compressing an answer, say), but
 * {@code Request.evaluatePreconditions}, which every read uses, compares strongly and would answer 200. Our tags are
 * all strong, so dropping the {@code W/} of each tag the client sends is exactly the weak comparison.
 */
public class WeakIfNoneMatch {

    @ServerRequestFilter(preMatching = true)
    public void compareWeakly(ContainerRequestContext request) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.contains("W/")) {
            request.getHeaders().putSingle(HttpHeaders.IF_NONE_MATCH, strengthened(ifNoneMatch));
        }
    }

    /** {@code W/"a", "b"} becomes {@code "a", "b"}. */
    static String strengthened(String ifNoneMatch) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .collect(Collectors.joining(", "));
    }
}
