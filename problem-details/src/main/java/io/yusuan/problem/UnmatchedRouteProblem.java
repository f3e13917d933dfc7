package io.yusuan.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

/**
 * Answers problem+json for a path that no route serves at all (outside the REST resources, which
 * map their own 404s), so that even a typo in a URL gets the same error shape.
 */
@ApplicationScoped
public class UnmatchedRouteProblem {

    private final ObjectMapper json;

    public UnmatchedRouteProblem(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(context -> {
            Problem problem = Problems.forStatus(Response.Status.NOT_FOUND.getStatusCode(),
                    "No resource at this path.", context.request().path());
            RouteProblem.answer(context, json, problem);
        });
    }
}
