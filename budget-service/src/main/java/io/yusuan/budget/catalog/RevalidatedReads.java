package io.yusuan.budget.catalog;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * catalog-service's answers to reads (a region, a year's 类), kept per instance with their ETag and revalidated on
 * every use. Every draft load reads them, and they change only when an administrator loads a list. catalog-service
 * answers If-None-Match with 304 from its version stamp alone, before any list is read, and every load bumps that
 * stamp: a kept answer is served only after the catalog said it is still current, so a change is seen by the next
 * request on every instance. Only answers the catalog gave (200 with an ETag) are kept, so what is kept is bounded by
 * what the catalog holds, not by what clients ask. A typed REST client method fails on a 304 before any response
 * filter can turn it into the kept answer, so the 304 reaches the caller as a {@link KeptAnswer} ({@link CatalogClient}
 * reads it).
 */
public class RevalidatedReads implements ClientRequestFilter, ClientResponseFilter {

    private static final String KEPT = RevalidatedReads.class.getName() + ".kept";

    private record Kept(String key, String etag, byte[] body) {
    }

    private final Map<String, Kept> answers = new ConcurrentHashMap<>();

    /** catalog-service's 304: the answer kept for the request is still current. */
    static final class KeptAnswer extends RuntimeException {

        private final byte[] body;

        KeptAnswer(byte[] body) {
            super("catalog-service answered 304: the kept answer is current", null, false, false);
            this.body = body;
        }

        /** The kept answer, if {@code failure} is (or was caused by) a 304. */
        static Optional<byte[]> in(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof KeptAnswer kept) {
                    return Optional.of(kept.body);
                }
            }
            return Optional.empty();
        }
    }

    @Override
    public void filter(ClientRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        String key = key(request);
        Kept kept = answers.get(key);
        if (kept != null) {
            request.getHeaders().putSingle(HttpHeaders.IF_NONE_MATCH, kept.etag());
        }
        request.setProperty(KEPT, kept == null ? new Kept(key, null, null) : kept);
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        if (!(request.getProperty(KEPT) instanceof Kept kept)) {
            return;
        }
        if (response.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode() && kept.body() != null) {
            // the REST client refuses a 304 before any response filter runs; the caller reads the kept answer instead
            throw new KeptAnswer(kept.body());
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (response.getStatus() != Response.Status.OK.getStatusCode() || etag == null || !response.hasEntity()) {
            answers.remove(kept.key());
            return;
        }
        byte[] body = response.getEntityStream().readAllBytes();
        response.setEntityStream(new ByteArrayInputStream(body));
        answers.put(kept.key(), new Kept(kept.key(), etag, body));
    }

    /** The catalog's ETag names the URI and the Accept it answered, so the key names both too. */
    private static String key(ClientRequestContext request) {
        return request.getUri() + "|" + request.getHeaderString(HttpHeaders.ACCEPT);
    }
}
