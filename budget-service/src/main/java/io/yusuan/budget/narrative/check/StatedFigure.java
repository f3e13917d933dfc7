package io.yusuan.budget.narrative.check;

import java.math.BigDecimal;

/**
 * A figure as a hand-written narrative states it: its number and unit, and where it stands.
 *
 * @param paragraph the paragraph it is in, 1 (一) to 10 (十); 0 before the first heading
 * @param offset where the number starts, in characters of the submitted text (of the body, or of its paragraph)
 * @param text the figure as written, "3.03%" or "173.07 万元"
 * @param value the number
 * @param around where the sentence it is in stands: from the previous 。 to the next, at most
 *     {@link FigureExtractor#MAX_SENTENCE} characters around the figure
 * @param before the text between the figure before it (or the start of its clause) and the number, spaces removed
 * @param after the text between it and the next figure, spaces removed
 * @param inReason whether it is part of a reason given for a change ("主要原因：新增 2 个项目")
 */
public record StatedFigure(int paragraph, int offset, String text, BigDecimal value, Unit unit, Sentence around,
        String before, String after, boolean inReason) {

    /** What a number is counted in. */
    public enum Unit {
        /** 万元 */
        WAN("万元"),
        /** 元 */
        YUAN("元"),
        /** % */
        PERCENT("%"),
        /** 辆, 套, 个, 项: a count of things */
        COUNT("");

        final String sign;

        Unit(String sign) {
            this.sign = sign;
        }
    }

    /**
     * Where a figure's sentence stands in the text it was found in, without copying it: only a finding quotes it.
     *
     * @param in the text of the paragraph
     * @param from where the sentence (or the part of it quoted) starts
     * @param to where it ends, exclusive
     */
    public record Sentence(String in, int from, int to) {

        /** The sentence, spaces and line breaks trimmed. */
        public String text() {
            return in.substring(from, to).strip().replaceAll("\\s*\\n\\s*", "");
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** The sentence the figure is in (at most {@link FigureExtractor#MAX_SENTENCE} characters of it), trimmed. */
    public String sentence() {
        return around.text();
    }

    /** The word a count counts in (辆, 套, 个, 项), or the unit's sign. */
    public String unitWord() {
        return unit == Unit.COUNT ? text.substring(text.length() - 1) : unit.sign;
    }
}
