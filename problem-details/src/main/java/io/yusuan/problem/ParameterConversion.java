package io.yusuan.problem;

import java.time.format.DateTimeParseException;

/**
 * The detail of a path or query parameter the REST layer could not convert to the resource's type, in the client's
 * terms: the converter's own message ("For input string", "No enum constant io.yusuan...") names Java, never the
 * client's request, so it is not passed on.
 */
final class ParameterConversion {

    private ParameterConversion() {
    }

    static String detail(Throwable cause) {
        return "A path or query parameter has the wrong format: " + expected(cause)
                + " was expected. The parameters' formats are in the OpenAPI document.";
    }

    private static String expected(Throwable cause) {
        if (cause instanceof NumberFormatException) {
            return "a number";
        }
        if (cause instanceof DateTimeParseException) {
            return "a date (YYYY-MM-DD)";
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null
                && cause.getMessage().startsWith("No enum constant")) {
            return "one of the listed values";
        }
        return "a value of another form";
    }
}
