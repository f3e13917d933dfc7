package io.yusuan.performance.target;

import java.time.LocalDate;

/**
 * The sentence a change is listed with in a department's history, written with the change: a reader of the history
 * sees what each change did without fetching every revision (which are not kept). V5's migration wrote the same
 * sentences, without the counts, for the changes made before.
 */
public final class ChangeSummary {

    private ChangeSummary() {
    }

    /** {@code project 410304220000000006846 target written: 6 indicators}. */
    public static String targetWritten(PerformanceTarget target, int indicators) {
        return subject(target) + " written: " + count(indicators);
    }

    /** {@code project 410304220000000006846 target actuals recorded: SELF_EVALUATION as of 2022-12-31, 6 indicators}. */
    public static String actualsRecorded(PerformanceTarget target, String period, LocalDate asOf, int indicators) {
        return subject(target) + " actuals recorded: " + period + " as of " + asOf + ", " + count(indicators);
    }

    private static String subject(PerformanceTarget target) {
        return target.scope() == Scope.OVERALL ? "overall target" : "project " + target.projectCode() + " target";
    }

    private static String count(int indicators) {
        return indicators + (indicators == 1 ? " indicator" : " indicators");
    }
}
