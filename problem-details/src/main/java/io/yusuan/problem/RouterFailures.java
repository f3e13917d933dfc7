package io.yusuan.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers problem+json for the failures of the HTTP router that a client causes (see {@link RouterFailureProblems}),
 * where no JAX-RS exception mapper is reached: Quarkus's own failure handler would answer them as an empty body or
 * text. It runs before Quarkus's, and passes any other failure on to it.
 */
@ApplicationScoped
public class RouterFailures {

    /** Before every failure handler Quarkus registers. */
    static final int ORDER = Integer.MIN_VALUE;

    private final ObjectMapper json;

    public RouterFailures(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        RouterFailureProblems.of(context.statusCode(), context.failure(), context.request().path()).ifPresentOrElse(
                problem -> {
                    if (problem.status() == 401) {
                        context.response().putHeader("WWW-Authenticate", SecurityProblems.CHALLENGE);
                    }
                    RouteProblem.answer(context, json, problem);
                },
                context::next);
    }
}
