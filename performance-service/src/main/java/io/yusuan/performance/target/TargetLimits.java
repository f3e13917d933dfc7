package io.yusuan.performance.target;

/**
 * The sizes a target or a report of actuals may have, shared by their bodies so that the OpenAPI document states them
 * ({@code maxLength}, {@code maxItems}) and a client can check before it sends. They are generous for what the
 * 2022 templates hold (the longest 指标值说明 of the source document is about 200 characters, a target has at most a few
 * dozen indicators) and bound what one request can make the service store and compute; the body size limit in
 * application.properties is derived from them.
 */
public final class TargetLimits {

    /** A name or title: a tier, an indicator, a task, a value as written. */
    public static final int NAME = 200;
    /** A note on a value or a reason for a deviation: a paragraph. */
    public static final int NOTE = 2000;
    /** Free text: a goal, a task's content. */
    public static final int FREE_TEXT = 20000;
    /** Indicators of one target, and actuals of one report. */
    public static final int INDICATORS = 200;
    /** Main tasks of the overall target. */
    public static final int TASKS = 50;
    /** Integer digits of an amount in yuan: up to 999 trillion, what numeric(18, 2) stores with room to spare. */
    public static final int MONEY_DIGITS = 15;

    private TargetLimits() {
    }
}
