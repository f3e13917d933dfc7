package io.yusuan.budget.version;

import io.yusuan.problem.Excerpt;
import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Which vintage of a budget a read asks for: a version by number ({@code version}), or what was published at an
 * instant ({@code asOf}: the latest version published at or before it), or, with neither, the current one.
 *
 * @param number the version number asked for, or null
 * @param asOf the instant asked for, or null
 */
public record Vintage(Integer number, Instant asOf) {

    /** The OpenAPI description of a read's {@code version} parameter. */
    public static final String VERSION = "Version number; the latest published (or the open draft, for the department's "
            + "editors and finance bureau) by default. A published version asked for by number never changes: its answer "
            + "may be kept for a year (Cache-Control: immutable).";

    /** The OpenAPI description of a read's {@code asOf} parameter. */
    public static final String AS_OF = "An ISO-8601 instant: the version that was the latest published then (for "
            + "editors too), as the public read it; 404 if nothing was published by then. Not with `version`.";

    /** The OpenAPI description of a read's 404. */
    public static final String NOT_FOUND = "No such budget or version, or nothing of it is published (by asOf).";

    /** The OpenAPI description of how a read of one version may be kept. */
    public static final String CACHING = "With an ETag (the version and its revision) and Cache-Control: immutable for a "
            + "published version asked for by number, revalidated after 60 s for the latest published (or asOf), never "
            + "stored for an editor's draft.";

    /** The highest version number a read may name: a budget is adjusted a few times a year, never thousands. */
    public static final int MAX_VERSION = 9999;

    /** The longest {@code asOf} (or export {@code since}): an instant with nanoseconds and an offset is 35 characters. */
    public static final int AS_OF_MAX = 64;

    /** An example of {@code asOf}. */
    public static final String AS_OF_EXAMPLE = "2022-03-01T00:00:00Z";

    /**
     * The vintage of a read's {@code version} and {@code asOf} parameters; at most one of them.
     *
     * @throws ProblemException 400 if both are given, or {@code asOf} is not an ISO-8601 instant
     */
    public static Vintage of(Integer number, String asOf) {
        if (asOf == null || asOf.isEmpty()) {
            return new Vintage(number, null);
        }
        if (number != null) {
            throw invalid("version", "Give version or asOf, not both: version names one version, asOf the one that was "
                    + "published at an instant.");
        }
        return new Vintage(null, instant(asOf));
    }

    /** An ISO-8601 instant, in UTC ({@code 2022-02-21T00:00:00Z}) or with an offset ({@code 2022-02-21T08:00:00+08:00}). */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("asOf", "asOf " + Excerpt.of(text) + " is not an ISO-8601 instant such as 2022-02-21T00:00:00Z.");
        }
    }

    /** Whether the read names its version by number: the only reads whose answer never moves on. */
    public boolean addressed() {
        return number != null;
    }

    private static ProblemException invalid(String parameter, String detail) {
        return new ProblemException(400, "invalid-request", "Invalid request", detail,
                List.of(new FieldError(parameter, "INVALID", detail)));
    }
}
