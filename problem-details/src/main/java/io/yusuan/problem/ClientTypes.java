package io.yusuan.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a value of a Java type is called in a problem's words, for a client who never sees our classes: "a whole
 * number", never {@code Integer}.
 */
final class ClientTypes {

    private ClientTypes() {
    }

    /** The expected value, as "a ..." or "one of [...]". */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class
                || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
            return "a date and time (YYYY-MM-DDThh:mm:ssZ)";
        }
        if (type == Year.class) {
            return "a year (YYYY)";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
