package io.yusuan.http.input;

import io.vertx.core.http.HttpServerRequest;
import io.yusuan.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path segment or query parameter holding a control character (a NUL byte, {@code %00}, above all) before
 * any resource sees it: no code, name or cursor of ours has one, and PostgreSQL cannot store or compare a NUL in text,
 * so it would otherwise surface as a 500 from deep inside a query.
 */
public class ControlCharacters {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuse(ContainerRequestContext request, HttpServerRequest raw) {
        // every request passes here: decoding its segments and parameters only to find nothing costs more than the
        // rest of a cached read, so the undecoded URI is looked at first
        if (!mayHoldControl(raw.uri())) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        for (PathSegment segment : request.getUriInfo().getPathSegments()) {
            if (hasControl(segment.getPath())) {
                return Optional.of(refusal("A path segment holds a control character (such as %00).", path));
            }
        }
        return offending(request.getUriInfo().getQueryParameters())
                .map(name -> refusal("Query parameter '" + printable(name) + "' holds a control character (such as %00).",
                        path));
    }

    /** The first query parameter whose name or a value holds a control character. */
    static Optional<String> offending(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (hasControl(parameter.getKey()) || parameter.getValue().stream().anyMatch(ControlCharacters::hasControl)) {
                return Optional.of(parameter.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the URI as sent holds a control character, as it is or percent-encoded ({@code %00} to {@code %1F},
     * {@code %7F}): a URI without one decodes to segments and parameters without one.
     */
    static boolean mayHoldControl(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
            if (c == '%' && i + 1 < uri.length()) {
                char high = uri.charAt(i + 1);
                char low = i + 2 < uri.length() ? uri.charAt(i + 2) : ' ';
                if (high == '0' || high == '1' || high == '7' && (low == 'f' || low == 'F')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** C0 controls and DEL; tabs and line breaks have no place in a code or a parameter either. */
    static boolean hasControl(String text) {
        return text != null && text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** A name echoed in the problem, with its control characters shown as {@code ?}. */
    private static String printable(String name) {
        return name.chars().map(c -> c < 0x20 || c == 0x7f ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static Response refusal(String detail, String path) {
        return Problems.response(Problems.forStatus(400, detail, printable(path)));
    }
}
