package io.yusuan.problem;

import jakarta.ws.rs.core.Response;

/** Builds problem answers. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A problem for a bare HTTP status, typed by the status's reason phrase. */
    public static Problem forStatus(int status, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance, java.util.List.of());
    }

    /** The answer to a failure that is ours, not the client's: no internals are told. */
    public static Problem internal(String instance) {
        return new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", 500,
                "The service failed to answer this request; the failure is logged.", instance,
                java.util.List.of());
    }
}
