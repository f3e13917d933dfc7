package io.yusuan.problem;

import java.util.List;

/**
 * The 401 and 403 problems, the same whether a resource's {@code @RolesAllowed} refuses the request (see
 * {@link SecurityProblemMappers}) or an HTTP permission of the router does (see {@link RouterFailures}).
 */
final class SecurityProblems {

    /** The challenge a 401 carries: a bearer token is what is missing. */
    static final String CHALLENGE = "Bearer";

    private SecurityProblems() {
    }

    static Problem unauthorized(String instance) {
        return new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                "This operation needs a valid bearer token (JWT) in the Authorization header.", instance, List.of());
    }

    static Problem forbidden(String instance) {
        return new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "The bearer token does not carry the role this operation needs.", instance, List.of());
    }
}
