package io.yusuan.problem;

import jakarta.validation.ConstraintViolation;

/**
 * The message of a Bean Validation violation as a {@link FieldError} says it: a message that interpolates the invalid
 * value ({@code ${validatedValue}}) quotes it only as an {@link Excerpt}, so a 1 MiB bad value never comes back in
 * the error.
 */
final class ViolationMessages {

    private ViolationMessages() {
    }

    static String of(ConstraintViolation<?> violation) {
        String message = violation.getMessage();
        Object invalid = violation.getInvalidValue();
        if (message == null || !(invalid instanceof CharSequence || invalid instanceof Number)) {
            return message;
        }
        String value = invalid.toString();
        if (value.length() <= Excerpt.MAX || !message.contains(value)) {
            return message;
        }
        return message.replace(value, Excerpt.of(value));
    }
}
