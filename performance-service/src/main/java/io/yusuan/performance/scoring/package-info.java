/**
 * Scoring of a self-evaluation (单位绩效自评, 财预〔2020〕10号 自评表).
 *
 * <p>{@link io.yusuan.performance.scoring.SelfEvaluationScorer} takes the evaluated indicators ({@link
 * io.yusuan.performance.scoring.EvaluatedIndicator}: target, actual value or the evaluator's grade, optional weight),
 * the budget execution (预算执行数 against 预算数) and the tier weights ({@link
 * io.yusuan.performance.scoring.TierWeights}, 产出 50 / 效益 30 / 满意度 10 / 预算执行率 10 by default), and gives each
 * indicator's score, status and deviation, the total out of 100 and the grade 优 / 良 / 中 / 差.
 *
 * <p>All arithmetic is in {@link java.math.BigDecimal} with 34 significant digits; weights, scores and percentages are
 * rounded to 2 decimals HALF_UP only when they are handed out, and the total is computed from the unrounded scores.
 * Plain Java: no framework, no storage.
 */
package io.yusuan.performance.scoring;
