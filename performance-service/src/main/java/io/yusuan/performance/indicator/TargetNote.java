package io.yusuan.performance.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A finding of the parser about one target, for a reviewer: the parsed form is what the parser made of the raw text,
 * and a note says where that reading is a guess or a repair.
 *
 * @param code    what was found
 * @param message the finding in words, naming the text concerned
 */
@Schema(name = "TargetNote", description = "Something the parser noticed about a target value.")
public record TargetNote(
        @Schema(description = "What kind of note.") Code code,
        @Schema(description = "What it means, in words.", example = "a number without operator is read as '='", maxLength = 500) String message) {

    /** The kinds of finding. */
    @Schema(name = "TargetNoteCode", description = "NO_OPERATOR, NAME_GLUED, GARBLE_REPAIRED, UNKNOWN_UNIT or UNPARSEABLE.")
    public enum Code {
        /** A number with no operator, read as "=" (many documents mean ≥, e.g. "100%"; or ≤ for a cost). */
        NO_OPERATOR,
        /** Text before the number was taken as part of the indicator's name, e.g. "办理率 99%". */
        NAME_GLUED,
        /** A known PDF word-order garble was repaired, e.g. "即响应 时" → 即时响应 (see {@link PdfGarbles}). */
        GARBLE_REPAIRED,
        /** A number with a unit not in {@link Units}: the unit is kept as written. */
        UNKNOWN_UNIT,
        /** Text that looks like a number or comparison but does not read as one: kept as qualitative. */
        UNPARSEABLE
    }

    static TargetNote noOperator() {
        return new TargetNote(Code.NO_OPERATOR, "a number without operator is read as '=': "
                + "check whether ≥ (or ≤ for a cost or a time limit) was meant");
    }

    static TargetNote nameGlued(String name) {
        return new TargetNote(Code.NAME_GLUED, "text before the value was taken as part of the name: " + name);
    }

    static TargetNote garbleRepaired(String garbled, String repaired) {
        return new TargetNote(Code.GARBLE_REPAIRED,
                "PDF word-order garble '" + garbled + "' read as '" + repaired + "'");
    }

    static TargetNote unknownUnit(String unit) {
        return new TargetNote(Code.UNKNOWN_UNIT, "unit not in the known list, kept as written: " + unit);
    }

    static TargetNote unparseable(String reason) {
        return new TargetNote(Code.UNPARSEABLE, reason + ": kept as qualitative");
    }
}
