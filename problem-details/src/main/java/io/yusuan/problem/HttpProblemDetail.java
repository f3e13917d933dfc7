package io.yusuan.problem;

import jakarta.ws.rs.WebApplicationException;

/** The detail sentence for a status the REST layer decided (no route, wrong method, media type). */
final class HttpProblemDetail {

    private HttpProblemDetail() {
    }

    static String of(WebApplicationException e, int status) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This HTTP method is not allowed on this resource.";
            case 406 -> "None of the media types in Accept can be produced here.";
            case 415 -> "The request's Content-Type is not accepted here.";
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                    ? "The request could not be served."
                    : e.getMessage();
        };
    }
}
