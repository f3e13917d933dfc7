package io.yusuan.catalog.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code ?format=csv} (or {@code json}, {@code ndjson}) stands for the Accept header a plain link cannot send:
 * it is turned into that header before the request is matched, so that JAX-RS negotiates the answer, and
 * picks its writer, as for any Accept. Any other value is left for the resource's validation to refuse.
 */
public class FormatParameter {

    /** The values {@code format} may take. */
    public static final String FORMATS = "json|csv|ndjson";

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "json", "application/json",
            "csv", "text/csv",
            "ndjson", "application/x-ndjson");

    @ServerRequestFilter(preMatching = true)
    public void acceptFromFormat(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        String mediaType = format == null ? null : MEDIA_TYPES.get(format);
        if (mediaType != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType);
        }
    }
}
