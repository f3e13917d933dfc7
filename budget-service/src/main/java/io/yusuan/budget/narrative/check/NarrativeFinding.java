package io.yusuan.budget.narrative.check;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NarrativeFinding", description = "A figure of a hand-written 情况说明 that the version's figures do not bear out.")
public record NarrativeFinding(
        @Schema(description = "FIGURE_DIFFERS: the figure is not what the version's figures give. PARTS_DO_NOT_ADD_UP: a "
                + "stated total (followed by 其中) is not the sum of its stated parts. WRONG_DIRECTION: a change is said to go "
                + "up where the figures go down, or the other way round.", example = "FIGURE_DIFFERS")
        Kind kind,
        @Schema(maxLength = 200, description = "The figure the text states, by its stable key; for PARTS_DO_NOT_ADD_UP the total's, or "
                + "null when the total is not one the checker knows.", example = "operatingCosts")
        String figure,
        @Schema(description = "What of the figure is stated: VALUE, SHARE (占 …% of the paragraph's whole), CHANGE (增加/"
                + "减少 an amount against last year) or CHANGE_PERCENT (增长/下降 …%).", example = "CHANGE_PERCENT")
        Aspect aspect,
        @Schema(maxLength = 200, description = "The figure's name as the narrative's template words it.", example = "机关运行经费")
        String name,
        @Schema(maxLength = 200, description = "What the text says, as written.", example = "增长 3.03%")
        String stated,
        @Schema(maxLength = 200, description = "What the version's figures give, rounded as the document prints it (万元 and "
                + "percentages to two decimals).", example = "增长 3.13%")
        String expected,
        @Schema(minimum = "0", maximum = "1000", description = "The paragraph, 1 (一) to 10 (十), by its heading or, in JSON, its place; 0 is text "
                + "before the first heading.", example = "10")
        int paragraph,
        @Schema(minimum = "0", maximum = "2147483647", description = "Where the figure starts, in characters (UTF-16 code units) from the start of the body "
                + "(text/plain) or of its element of paragraphs (JSON).", example = "1326")
        int offset,
        @Schema(maxLength = 20000, description = "The sentence the figure is in.",
                example = "机关运行经费较上年度增加 0.25 万元，增长 3.03%，主要原因是上年度统计范围仅为公用经费。")
        String sentence,
        @Schema(maxLength = 4000, description = "The finding in words.", example = "The text states 增长 3.03%; the figures give 增长 3.13% "
                + "(机关运行经费 8.23 万元 against 7.98 万元 last year).")
        String detail) {

    public enum Kind {
        FIGURE_DIFFERS, PARTS_DO_NOT_ADD_UP, WRONG_DIRECTION
    }

    public enum Aspect {
        VALUE, SHARE, CHANGE, CHANGE_PERCENT
    }
}
