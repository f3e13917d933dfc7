package io.yusuan.performance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.problem.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingWindowTest {

    @Test
    void actualsAreAsOfADateOfTheFiscalYearOrOfTheYearAfter() {
        assertThatCode(() -> ReportingWindow.check(2022, LocalDate.of(2022, 1, 1))).doesNotThrowAnyException();
        assertThatCode(() -> ReportingWindow.check(2022, LocalDate.of(2022, 12, 31))).doesNotThrowAnyException();
        assertThatCode(() -> ReportingWindow.check(2022, LocalDate.of(2023, 3, 31))).doesNotThrowAnyException();
    }

    @Test
    void anyOtherDateIsTheClientsError() {
        for (LocalDate wrong : new LocalDate[] {LocalDate.of(2021, 12, 31), LocalDate.of(2024, 1, 1),
                LocalDate.parse("+57331-01-12"), LocalDate.of(-1, 1, 1)}) {
            assertThatThrownBy(() -> ReportingWindow.check(2022, wrong)).as(wrong.toString())
                    .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(400));
        }
    }
}
