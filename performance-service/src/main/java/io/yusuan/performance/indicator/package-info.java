/**
 * Typed performance indicator targets (绩效指标值).
 *
 * <p>Budget offices write a target as free text: "≥90%", "46 个", "≤4 小时", "即时响应". {@link
 * io.yusuan.performance.indicator.TargetParser} reads such text, as the PDF left it, into a {@link
 * io.yusuan.performance.indicator.ParsedTarget}: quantitative (operator, number, unit, polarity) or qualitative, with
 * the raw text kept beside it and a {@link io.yusuan.performance.indicator.TargetNote} for everything a reviewer should
 * check. Plain Java: no framework, no storage.
 */
package io.yusuan.performance.indicator;
