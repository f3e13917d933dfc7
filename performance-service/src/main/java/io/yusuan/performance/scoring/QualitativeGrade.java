package io.yusuan.performance.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The evaluator's grade of a qualitative indicator (定性指标), with its band as a percentage of the indicator's weight
 * (财预〔2020〕10号 自评表).
 *
 * <p>The evaluator may give a value inside the band; without one the grade scores the band's upper bound, as the
 * rules suggest. Bands share their ends (80 is both the top of 部分达成 and the bottom of 达成): the grade says which.
 */
@Schema(name = "QualitativeGrade", description = "The evaluator grade of a qualitative indicator: ACHIEVED 达成 (80 to 100 percent of the weight), PARTLY_ACHIEVED 部分达成 (50 to 80), NOT_ACHIEVED 未达成 (0 to 50).")
public enum QualitativeGrade {
    /** 达成年度指标: 80–100% of the weight. */
    ACHIEVED("达成年度指标", 80, 100, ScoreStatus.MET),
    /** 部分达成并具有一定效果: 50–80% of the weight. */
    PARTLY_ACHIEVED("部分达成并具有一定效果", 50, 80, ScoreStatus.PARTLY_MET),
    /** 未达成且效果较差: 0–50% of the weight. */
    NOT_ACHIEVED("未达成且效果较差", 0, 50, ScoreStatus.NOT_MET);

    private final String label;
    private final BigDecimal lowerPercent;
    private final BigDecimal upperPercent;
    private final ScoreStatus status;

    QualitativeGrade(String label, int lowerPercent, int upperPercent, ScoreStatus status) {
        this.label = label;
        this.lowerPercent = BigDecimal.valueOf(lowerPercent);
        this.upperPercent = BigDecimal.valueOf(upperPercent);
        this.status = status;
    }

    public String label() {
        return label;
    }

    /** @return the band's lower end, in percent of the weight, inclusive */
    public BigDecimal lowerPercent() {
        return lowerPercent;
    }

    /** @return the band's upper end, in percent of the weight, inclusive; also the value when none is given */
    public BigDecimal upperPercent() {
        return upperPercent;
    }

    public ScoreStatus status() {
        return status;
    }

    /**
     * @param percent the evaluator's value in percent of the weight, or null for the band's upper bound
     * @return the share of the weight, 0 to 1
     * @throws InvalidEvaluationException when the value is outside the band
     */
    BigDecimal share(BigDecimal percent) {
        BigDecimal chosen = percent == null ? upperPercent : percent;
        if (chosen.compareTo(lowerPercent) < 0 || chosen.compareTo(upperPercent) > 0) {
            throw new InvalidEvaluationException(label + " is scored " + lowerPercent + "–" + upperPercent
                    + "% of the weight, not " + chosen.toPlainString() + "%");
        }
        return Decimals.divide(chosen, Decimals.HUNDRED);
    }
}
