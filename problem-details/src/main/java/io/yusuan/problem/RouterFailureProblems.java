package io.yusuan.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import java.util.Optional;

/**
 * The problem for a failure of the HTTP router, before or outside any resource: a path Vert.x cannot decode, an HTTP
 * permission refusing a token (the {@code /q/metrics} policy), a body or header over a limit. Only the statuses a
 * client causes are answered; anything else stays a failure of ours, which Quarkus logs and answers as a 500.
 */
final class RouterFailureProblems {

    /** The longest request path a problem's {@code instance} repeats; a longer one is left out, not echoed. */
    static final int MAX_INSTANCE = 1024;

    private RouterFailureProblems() {
    }

    static Optional<Problem> of(int status, Throwable failure, String path) {
        String instance = path == null || path.length() > MAX_INSTANCE ? null : path;
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            return Optional.of(SecurityProblems.unauthorized(instance));
        }
        if (failure instanceof ForbiddenException) {
            return Optional.of(SecurityProblems.forbidden(instance));
        }
        return detail(status).map(detail -> Problems.forStatus(status, detail, instance));
    }

    private static Optional<String> detail(int status) {
        return Optional.ofNullable(switch (status) {
            case 400 -> "The request is malformed at the HTTP level, such as bad percent-encoding (%) in the path.";
            case 401 -> "This operation needs a valid bearer token (JWT) in the Authorization header.";
            case 403 -> "The bearer token does not carry the role this operation needs.";
            case 404 -> "No resource at this path.";
            case 405 -> "This HTTP method is not allowed on this resource.";
            case 413 -> "The request body is larger than this service accepts.";
            case 414 -> "The request URI is longer than this service accepts.";
            case 431 -> "The request's header fields are larger than this service accepts.";
            default -> null;
        });
    }
}
