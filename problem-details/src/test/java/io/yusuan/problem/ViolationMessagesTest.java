package io.yusuan.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ViolationMessagesTest {

    @Test
    void aMessageWithoutTheValueIsKept() {
        assertThat(ViolationMessages.of(violation("size must be between 0 and 200", "x".repeat(300))))
                .isEqualTo("size must be between 0 and 200");
    }

    @Test
    void aShortValueInTheMessageIsKept() {
        assertThat(ViolationMessages.of(violation("abc is not a code", "abc"))).isEqualTo("abc is not a code");
    }

    @Test
    void aLongValueInTheMessageBecomesAnExcerpt() {
        String value = "y".repeat(1 << 20);
        String message = ViolationMessages.of(violation(value + " is not a department name", value));

        assertThat(message).hasSizeLessThan(120).contains("(1048576 characters)").endsWith(" is not a department name");
    }

    @SuppressWarnings("unchecked")
    private static ConstraintViolation<Object> violation(String message, Object invalid) {
        return (ConstraintViolation<Object>) Proxy.newProxyInstance(ViolationMessagesTest.class.getClassLoader(),
                new Class<?>[] {ConstraintViolation.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getMessage" -> message;
                    case "getInvalidValue" -> invalid;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
