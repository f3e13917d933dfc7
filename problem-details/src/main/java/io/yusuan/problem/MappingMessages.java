package io.yusuan.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A JSON value of the wrong type or shape, told in the client's terms, never in Java's: Jackson's own message names our
 * classes and quotes the whole bad value, so it never reaches the client. A value is quoted only as an
 * {@link Excerpt}.
 */
final class MappingMessages {

    private MappingMessages() {
    }

    static String of(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field " + Excerpt.of(unknown.getPropertyName());
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return "text " + Excerpt.of(format.getValue())
                    + " holds a control character (such as U+0000) or a lone surrogate, which no field accepts";
        }
        if (e instanceof InvalidFormatException format) {
            return "value " + Excerpt.of(format.getValue()) + " is not " + ClientTypes.expected(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + ClientTypes.expected(mismatch.getTargetType());
        }
        return "value has the wrong type or shape";
    }

    static String code(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "UNKNOWN_FIELD";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return "INVALID_TEXT";
        }
        return "WRONG_TYPE";
    }
}
