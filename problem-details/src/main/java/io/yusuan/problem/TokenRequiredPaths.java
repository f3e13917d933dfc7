package io.yusuan.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Paths an HTTP permission guards (by default {@code /q/metrics}) answer a request without any token with the 401
 * problem. Quarkus sends its own challenge for them, with an empty body, before any failure handler could run; a
 * request with a token, good or bad, goes on to the permission check, whose refusals {@link RouterFailures} answers.
 * Not in {@code @QuarkusTest}s, whose {@code @TestSecurity} identities come without any header; the system tests check
 * the answer of the packaged services.
 */
@ApplicationScoped
public class TokenRequiredPaths {

    /** After CORS and the security headers, so that the refusal carries them. */
    static final int PRIORITY = 850;

    private final List<String> paths;
    private final ObjectMapper json;

    public TokenRequiredPaths(@ConfigProperty(name = "yusuan.http.token-required-paths", defaultValue = "/q/metrics")
            List<String> paths, ObjectMapper json) {
        this.paths = List.copyOf(paths);
        this.json = json;
    }

    void register(@Observes Filters filters) {
        if (LaunchMode.current() != LaunchMode.TEST) {
            filters.register(this::check, PRIORITY);
        }
    }

    private void check(RoutingContext context) {
        String path = context.request().path();
        if (context.request().getHeader("Authorization") == null && guards(path)) {
            context.response().putHeader("WWW-Authenticate", SecurityProblems.CHALLENGE);
            RouteProblem.answer(context, json, SecurityProblems.unauthorized(path));
            return;
        }
        context.next();
    }

    boolean guards(String path) {
        return path != null && paths.stream().anyMatch(guarded -> path.equals(guarded) || path.startsWith(guarded + "/"));
    }
}
