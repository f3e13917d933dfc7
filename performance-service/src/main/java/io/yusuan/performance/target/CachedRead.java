package io.yusuan.performance.target;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A read of stored targets, revalidated by their revisions: the ETag is a digest of what the targets are at ({@link
 * PerformanceTargetRepository#revisions}) and of what else shapes the answer (the operation, the media type, the
 * query), so that a request with If-None-Match of the current ETag answers 304 before anything is computed.
 */
public final class CachedRead {

    /** Targets are public once written: a cache may serve one for a minute, then asks again (a 304 is cheap). */
    public static final String CACHE_CONTROL = "public, max-age=60, must-revalidate";

    private CachedRead() {
    }

    /**
     * The answer: 304 when If-None-Match has the tag, else 200 with what {@code entity} gives; both with the ETag and
     * Cache-Control. Without revisions (nothing stored) the entity is asked for as is: it answers its own 404.
     *
     * @param revisions what the targets read are at
     * @param parts     what else the answer depends on: the operation, query parameters
     */
    public static Response.ResponseBuilder answer(Request request, Optional<String> revisions, Supplier<?> entity,
            Object... parts) {
        return revalidated(request, revisions, () -> Response.ok(entity.get()), parts);
    }

    /**
     * The same for a URI of several media types: the tag is of the variant too, the 200 is of that variant (the
     * MessageBodyWriter of its media type writes it), and both answers say {@code Vary: Accept}.
     */
    public static Response.ResponseBuilder answer(Request request, Optional<String> revisions, Variant variant,
            Supplier<?> entity, Object... parts) {
        Object[] tagged = Arrays.copyOf(parts, parts.length + 1);
        tagged[parts.length] = variant.getMediaType();
        return revalidated(request, revisions, () -> Response.ok(entity.get(), variant), tagged)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    private static Response.ResponseBuilder revalidated(Request request, Optional<String> revisions,
            Supplier<Response.ResponseBuilder> ok, Object[] parts) {
        if (revisions.isEmpty()) {
            return ok.get();
        }
        EntityTag tag = tag(revisions.get(), parts);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : ok.get()).tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    /** A strong tag: equal tags, equal answers. */
    public static EntityTag tag(String state, Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(state.getBytes(StandardCharsets.UTF_8));
            for (Object part : parts) {
                // a separator no part contains, so that ("ab", "c") and ("a", "bc") differ
                digest.update((byte) 0);
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            }
            return new EntityTag(HexFormat.of().formatHex(digest.digest()).substring(0, 32));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
