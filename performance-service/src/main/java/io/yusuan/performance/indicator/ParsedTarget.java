package io.yusuan.performance.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A performance target (指标值) as written and as read.
 *
 * <p>Quantitative: {@code operator}, {@code value}, {@code unit} (null when the document gives none) and {@code
 * polarity} are set, {@code upperValue} only for {@link Operator#BETWEEN}, {@code qualitativeTarget} is null.
 * Qualitative: only {@code qualitativeTarget} is set among those. {@code raw} is always the text exactly as given.
 *
 * @param raw               the target exactly as given, line breaks and PDF garbles included
 * @param kind              定量 or 定性
 * @param operator          the comparison; null when qualitative
 * @param value             the number (the lower end of a range); null when qualitative
 * @param upperValue        the upper end of a range; null otherwise
 * @param unit              the normalised unit ("%", "小时", "万元" …); null when qualitative or when none is written
 * @param polarity          which direction is better; null when qualitative
 * @param qualitativeTarget the normalised statement, e.g. "即时响应"; null when quantitative
 * @param gluedName         the text before the number that was taken as part of the indicator's name, e.g. "办理率";
 *                          null when there is none
 * @param notes             what a reviewer should check; empty when the text reads cleanly
 */
@Schema(name = "ParsedTarget", description = "A target value (指标值): the text as written, kept, beside what it was read as.")
public record ParsedTarget(
        @Schema(description = "The text as written, unchanged.", example = "≤4小 时", maxLength = 200) String raw,
        @Schema(description = "Quantitative (定量) or qualitative (定性).") TargetKind kind,
        @Schema(description = "The comparison, for a quantitative target.", nullable = true, maxLength = 16) Operator operator,
        @Schema(description = "The number.", example = "4", nullable = true) BigDecimal value,
        @Schema(description = "The upper end of a range.", example = "90", nullable = true) BigDecimal upperValue,
        @Schema(description = "The unit, normalised.", example = "小时", nullable = true, maxLength = 200) String unit,
        @Schema(description = "Whether higher or lower is better.", nullable = true, maxLength = 16) Polarity polarity,
        @Schema(description = "The statement of a qualitative target, normalised.", example = "即时响应", nullable = true, maxLength = 200) String qualitativeTarget,
        @Schema(description = "Text glued before the value and read as part of the indicator's name.", example = "办理率", nullable = true, maxLength = 200)
        String gluedName,
        @Schema(description = "What the parser noticed: no operator, a glued name, a repaired garble.", maxItems = 10) List<TargetNote> notes) {

    public ParsedTarget {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(kind, "kind");
        notes = List.copyOf(notes);
    }

    static ParsedTarget quantitative(String raw, Operator operator, BigDecimal value, BigDecimal upperValue,
            String unit, String gluedName, List<TargetNote> notes) {
        return new ParsedTarget(raw, TargetKind.QUANTITATIVE, operator, value, upperValue, unit,
                operator.polarity(), null, gluedName, notes);
    }

    static ParsedTarget qualitative(String raw, String statement, List<TargetNote> notes) {
        return new ParsedTarget(raw, TargetKind.QUALITATIVE, null, null, null, null, null, statement, null, notes);
    }

    @Schema(description = "Whether the target is quantitative.", example = "true")
    public boolean isQuantitative() {
        return kind == TargetKind.QUANTITATIVE;
    }

    public boolean hasNote(TargetNote.Code code) {
        return notes.stream().anyMatch(note -> note.code() == code);
    }

    /**
     * The target rewritten cleanly, as the source document prints clean values: "≥90%", "≤4 小时", "46 个",
     * "80–90%", "即时响应". A bare number keeps no sign, so the rewrite does not claim more than was written.
     */
    public String normalised() {
        if (!isQuantitative()) {
            return qualitativeTarget;
        }
        String sign = operator == Operator.EQUAL && hasNote(TargetNote.Code.NO_OPERATOR) ? "" : operator.symbol();
        String number = operator == Operator.BETWEEN
                ? value.toPlainString() + operator.symbol() + upperValue.toPlainString()
                : sign + value.toPlainString();
        if (unit == null) {
            return number;
        }
        // The source document writes "%" and "‰" against the number and leaves a space before a word unit.
        return Units.isSign(unit) ? number + unit : number + " " + unit;
    }
}
