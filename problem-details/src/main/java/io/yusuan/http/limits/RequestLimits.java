package io.yusuan.http.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.yusuan.problem.Problems;
import io.yusuan.problem.RouteProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request URI over {@code yusuan.http.max-uri-length} characters (414; 16 KiB by default, so that a merely
 * overlong parameter, say a 10 KB path segment, still reaches validation and gets the 400 that names it) and a body over
 * {@code quarkus.http.limits.max-body-size} (413) as problem+json. Quarkus enforces the body size itself, but answers
 * with an empty body; and Vert.x refuses a long request line itself, as text, which is why each service raises
 * {@code quarkus.http.limits.max-initial-line-length} well above this filter's limit. A body that declares its length
 * is refused before it is read; a chunked one (HTTP/1.1) is read up to the limit by a body handler, whose 413
 * failure {@code RouterFailures} answers as a problem.
 */
@ApplicationScoped
public class RequestLimits {

    /** After CORS and the security headers, so that a refusal carries them. */
    static final int PRIORITY = 800;

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final SizeLimits limits;
    private final BodyHandler chunkedBodies;
    private final ObjectMapper json;

    public RequestLimits(@ConfigProperty(name = "yusuan.http.max-uri-length", defaultValue = "16384") int maxUriLength,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            ObjectMapper json) {
        this.limits = new SizeLimits(maxUriLength, maxBodySize.asLongValue());
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String contentLength = request.getHeader("Content-Length");
        var excess = limits.excess(request.uri(), contentLength);
        if (excess.isPresent()) {
            if (excess.get().status() == 413 && request.version() != HttpVersion.HTTP_2) {
                // the unread body must not be taken for the next request on this connection; and Vert.x would keep it
                // open until the whole body came, which a client waiting on Expect: 100-continue never sends
                context.response().putHeader("Connection", "close")
                        .endHandler(ignored -> request.connection().close());
            }
            RouteProblem.answer(context, json, Problems.forStatus(excess.get().status(), excess.get().detail(),
                    excess.get().status() == 414 ? null : request.path()));
            return;
        }
        if (contentLength == null && mayHaveABody(request) && !isForm(request)) {
            chunkedBodies.handle(context);
            return;
        }
        context.next();
    }

    /**
     * A write over HTTP/1 without Content-Length: a chunked body of unknown length. Not over HTTP/2, where the REST
     * layer cannot take a body another handler has read (it fails with a 500); there Quarkus's own 413 stands.
     */
    private static boolean mayHaveABody(HttpServerRequest request) {
        return WRITES.contains(request.method()) && request.version() != HttpVersion.HTTP_2;
    }

    /** Forms are decoded by whoever reads them; no Yusuan operation takes one, and the body handler would decode it. */
    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        return type != null && (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded"));
    }
}
