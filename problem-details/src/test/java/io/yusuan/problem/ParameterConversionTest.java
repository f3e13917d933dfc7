package io.yusuan.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class ParameterConversionTest {

    enum Scheme { FUNCTIONAL }

    @Test
    void aConversionFailureSaysWhatWasExpectedWithoutTheConvertersWords() {
        Exception number = catchException(() -> Integer.parseInt("20x2"));
        Exception date = catchException(() -> LocalDate.parse("2022-13-01"));
        Exception constant = catchException(() -> Scheme.valueOf("ECONOMIC"));

        assertThat(ParameterConversion.detail(number)).contains("a number was expected").doesNotContain("For input");
        assertThat(ParameterConversion.detail(date)).contains("a date (YYYY-MM-DD)");
        assertThat(date).isInstanceOf(DateTimeParseException.class);
        assertThat(ParameterConversion.detail(constant)).contains("one of the listed values")
                .doesNotContain("io.yusuan", "enum");
        assertThat(ParameterConversion.detail(new IllegalStateException("java.lang.Something")))
                .doesNotContain("java");
    }

    private static Exception catchException(Runnable conversion) {
        try {
            conversion.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("no failure");
    }
}
