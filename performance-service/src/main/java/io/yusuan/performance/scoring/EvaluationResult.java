package io.yusuan.performance.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scored self-evaluation (绩效自评结果).
 *
 * @param indicators       each indicator's line, in the order given
 * @param budgetExecution  the 预算执行率 line; null when no budget execution was given
 * @param scoreSum         Σ score of the applicable lines, 2 decimals
 * @param applicableWeight Σ weight of the applicable lines, 2 decimals; 100 when everything applies
 * @param total            Σ score ÷ Σ applicable weight × 100, from unrounded values, 2 decimals
 * @param grade            优, 良, 中 or 差 of the total
 */
@Schema(name = "EvaluationResult", description = "A self-evaluation's scores (财预〔2020〕10号).")
public record EvaluationResult(
        @Schema(description = "Each indicator's score, in the target's order.", maxItems = 200) List<IndicatorScore> indicators,
        @Schema(description = "预算执行率 and its score; null when no execution was reported.", nullable = true) BudgetExecutionScore budgetExecution,
        @Schema(description = "Σ score of the applicable indicators and 预算执行率.", example = "93.27") BigDecimal scoreSum,
        @Schema(description = "Σ weight of what applies.", example = "100.00") BigDecimal applicableWeight,
        @Schema(description = "Total out of 100: scoreSum / applicableWeight × 100.", example = "93.27") BigDecimal total,
        @Schema(description = "The grade of the total.") PerformanceGrade grade) {

    public EvaluationResult {
        indicators = List.copyOf(indicators);
    }
}
