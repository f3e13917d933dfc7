package io.yusuan.catalog.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETag and Cache-Control on every read. A year's list changes only by an explicit load, which bumps
 * the catalogue's version, so the ETag is that version with the request's URI and Accept: a client
 * revalidating with If-None-Match gets a 304 before any code list is touched. The same URI answers
 * JSON, CSV or NDJSON by Accept, so every answer says {@code Vary: Accept} lest a shared cache mix them up.
 * JAX-RS compares the tag with If-None-Match (and If-Match) itself: {@link jakarta.ws.rs.core.Request#evaluatePreconditions}.
 */
public class ReadCaching {

    /** Shared caches may keep an answer for five minutes, then must revalidate. */
    static final String CACHE_CONTROL = "public, max-age=300, must-revalidate";

    private static final String ETAG_PROPERTY = ReadCaching.class.getName() + ".etag";

    private final CatalogVersion version;

    public ReadCaching(CatalogVersion version) {
        this.version = version;
    }

    @ServerRequestFilter
    public Optional<Response> answerNotModified(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return Optional.empty();
        }
        EntityTag tag = new EntityTag(version.current() + "-" + Integer.toHexString(
                (request.getUriInfo().getRequestUri().getRawPath() + "?" + request.getUriInfo().getRequestUri().getRawQuery()
                        + "|" + request.getHeaderString(HttpHeaders.ACCEPT)).hashCode()));
        request.setProperty(ETAG_PROPERTY, tag);
        return Optional.ofNullable(request.getRequest().evaluatePreconditions(tag))
                .map(notModified -> notModified.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build());
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        Object tag = request.getProperty(ETAG_PROPERTY);
        if (tag instanceof EntityTag entityTag && response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, entityTag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            response.getHeaders().putSingle(HttpHeaders.VARY, varyingByAccept(response.getHeaders().getFirst(HttpHeaders.VARY)));
        }
    }

    /** Adds Accept to whatever Vary the response already has. */
    static String varyingByAccept(Object vary) {
        if (vary == null || vary.toString().isBlank()) {
            return HttpHeaders.ACCEPT;
        }
        boolean hasAccept = Arrays.stream(vary.toString().split(","))
                .anyMatch(header -> header.strip().equalsIgnoreCase(HttpHeaders.ACCEPT));
        return hasAccept ? vary.toString() : vary + ", " + HttpHeaders.ACCEPT;
    }
}
