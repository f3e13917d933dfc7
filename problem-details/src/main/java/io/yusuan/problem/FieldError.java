package io.yusuan.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One fault in a request: where it is and why it is wrong.
 */
@Schema(name = "FieldError", description = "One fault in a request.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(
        @Schema(description = "JSON pointer (RFC 6901) into the request body for a body field, "
                + "or the name of the query, path or header parameter.",
                example = "/expenditures/17/economicCode", maxLength = 1024)
        String pointer,
        @Schema(description = "Stable machine-readable code of the fault.", example = "UNKNOWN_CODE", maxLength = 64)
        String code,
        @Schema(description = "Why the value is wrong.",
                example = "30199 is not a department economic code of fiscal year 2022.", maxLength = 2000)
        String message) {
}
