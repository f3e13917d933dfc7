package io.yusuan.http.headers;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Headers every answer of every service carries, errors and {@code /q} paths included (hence a Vert.x filter, not a
 * JAX-RS one): browsers must not guess a CSV or an NDJSON export to be HTML ({@code nosniff}), and a link out of
 * Swagger UI or the disclosure document must not hand our URLs, which name departments and drafts, to another site.
 * Swagger UI's pages also get a Content-Security-Policy (see {@link SwaggerUiPolicy}).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** After the CORS filter, which answers preflights itself. */
    static final int PRIORITY = 900;

    void register(@Observes Filters filters) {
        filters.register(this::add, PRIORITY);
    }

    private void add(RoutingContext context) {
        Optional<String> policy = SwaggerUiPolicy.forPath(context.request().path());
        context.addHeadersEndHandler(ignored -> {
            context.response()
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Referrer-Policy", "no-referrer");
            policy.ifPresent(value -> context.response().putHeader("Content-Security-Policy", value));
        });
        context.next();
    }
}
