package io.yusuan.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/** Answers a problem from a Vert.x route or filter, where no JAX-RS exception mapper is reached. */
public final class RouteProblem {

    private RouteProblem() {
    }

    public static void answer(RoutingContext context, ObjectMapper json, Problem problem) {
        try {
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
