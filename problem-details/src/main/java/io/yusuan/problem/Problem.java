package io.yusuan.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the body of every error answer of every Yusuan service.
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json): what went wrong and what to fix.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Stable URI naming the kind of problem; clients switch on it.",
                example = "https://yusuan.io/problems/not-found", maxLength = 200)
        String type,
        @Schema(description = "Short, stable summary of the kind of problem.", example = "Not found", maxLength = 200)
        String title,
        @Schema(description = "HTTP status code of this answer.", example = "404", minimum = "400", maximum = "599")
        int status,
        @Schema(description = "What went wrong in this request, in words a person can act on.",
                example = "No department 141 in region 410304.", maxLength = 2000)
        String detail,
        @Schema(description = "Path of the request that went wrong; left out when it is over 200 characters "
                + "(an overlong parameter is not echoed back).",
                example = "/api/v1/regions/410304/departments/141/budgets/2022", maxLength = 200)
        String instance,
        @Schema(description = "Every field or parameter at fault, when the request was invalid: one or more per "
                + "faulty field or CSV row, so bounded by the size of the request.", maxItems = 1000000)
        List<FieldError> errors) {

    /** Media type of problem details, RFC 9457 section 3. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Prefix of every problem type URI. */
    public static final String TYPE_BASE = "https://yusuan.io/problems/";

    /** The longest request path a problem names: a longer one holds a bad value that must not come back whole. */
    static final int MAX_INSTANCE = 200;

    public Problem {
        if (instance != null && instance.length() > MAX_INSTANCE) {
            instance = null;
        }
    }
}
