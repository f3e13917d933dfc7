package io.yusuan.http.cors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.yusuan.http.cors.CorsRules.Grant;
import io.yusuan.problem.Problems;
import io.yusuan.problem.RouteProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies {@link CorsRules} to every request of the service. A Vert.x filter rather than Quarkus's own
 * {@code quarkus.http.cors}, which allows the same methods to every allowed origin; and a filter rather
 * than a JAX-RS one, so that preflights are answered on every path ({@code /q/openapi} too) before
 * authentication, which a preflight never passes (browsers send it without the token).
 */
@ApplicationScoped
public class CorsFilter {

    /** Ahead of Quarkus's own filters, so that nothing else answers a preflight first. */
    static final int PRIORITY = 1000;

    private static final String ORIGIN = "Origin";
    private static final String VARY = "Vary";

    private final CorsRules rules;
    private final ObjectMapper json;

    public CorsFilter(@ConfigProperty(name = "yusuan.cors.write-origins") Optional<List<String>> writeOrigins,
            ObjectMapper json) {
        this.rules = new CorsRules(writeOrigins.orElse(List.of()));
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    private void filter(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(ORIGIN);
        String requestedMethod = request.getHeader("Access-Control-Request-Method");
        if (origin != null && requestedMethod != null && request.method() == HttpMethod.OPTIONS) {
            answerPreflight(context, origin, requestedMethod);
            return;
        }
        Grant grant = rules.request(origin, request.method().name(), request.getHeader("Authorization") != null);
        if (grant != Grant.NONE) {
            // Added as the headers go out, so that a Vary the resource sets (Accept) is kept, not replaced.
            context.addHeadersEndHandler(ignored -> allow(context.response(), grant, origin)
                    .putHeader("Access-Control-Expose-Headers", CorsRules.EXPOSED_HEADERS));
        }
        context.next();
    }

    private void answerPreflight(RoutingContext context, String origin, String requestedMethod) {
        Grant grant = rules.preflight(origin, requestedMethod);
        if (grant == Grant.NONE) {
            RouteProblem.answer(context, json, Problems.forStatus(403, "Origin " + origin + " may not send a "
                    + requestedMethod + " here: writes are allowed only from the origins the service is configured "
                    + "with (YUSUAN_CORS_WRITE_ORIGINS).", context.request().path()));
            return;
        }
        allow(context.response(), grant, origin)
                .putHeader("Access-Control-Allow-Methods", grant.allowedMethods())
                .putHeader("Access-Control-Allow-Headers", CorsRules.ALLOWED_HEADERS)
                .putHeader("Access-Control-Max-Age", CorsRules.MAX_AGE)
                .setStatusCode(204)
                .end();
    }

    private static HttpServerResponse allow(HttpServerResponse response, Grant grant, String origin) {
        if (grant == Grant.ANY_ORIGIN) {
            return response.putHeader("Access-Control-Allow-Origin", "*");
        }
        List<String> vary = new ArrayList<>(response.headers().getAll(VARY));
        if (vary.stream().noneMatch(header -> header.toLowerCase(java.util.Locale.ROOT).contains("origin"))) {
            vary.add(ORIGIN);
        }
        return response.putHeader("Access-Control-Allow-Origin", origin)
                .putHeader("Access-Control-Allow-Credentials", "true")
                .putHeader(VARY, String.join(", ", vary));
    }
}
