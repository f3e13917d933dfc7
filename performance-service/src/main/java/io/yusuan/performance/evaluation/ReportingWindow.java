package io.yusuan.performance.evaluation;

import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.time.LocalDate;
import java.util.List;

/**
 * When the actuals of a fiscal year may be as of: in the year (绩效监控, during it) or the year after (a 绩效自评 is made
 * in the following spring). Any other date is a mistake, or an attempt to store nonsense (+57331-01-12); it is refused
 * as the client's error, 400, before anything is read or stored.
 */
final class ReportingWindow {

    private ReportingWindow() {
    }

    static void check(int fiscalYear, LocalDate asOf) {
        if (asOf.getYear() < fiscalYear || asOf.getYear() > fiscalYear + 1) {
            String rule = "must be a date in " + fiscalYear + " or " + (fiscalYear + 1);
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    "asOf " + rule + ", the fiscal year or the year of its self-evaluation; nothing was stored.",
                    List.of(new FieldError("/asOf", "INVALID", rule)));
        }
    }
}
