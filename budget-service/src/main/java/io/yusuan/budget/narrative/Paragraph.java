package io.yusuan.budget.narrative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NarrativeParagraph", description = "One paragraph of the explanation (第二部分 情况说明).")
public record Paragraph(
        @Schema(minimum = "0", maximum = "1000", description = "Its number, 1 (一) to 10 (十).", example = "3") int number,
        @Schema(maxLength = 64, description = "Stable key.", example = "expenditure") String key,
        @Schema(maxLength = 200, description = "The heading.", example = "三、支出预算总体情况说明") String title,
        @Schema(maxLength = 20000, description = "The text, every figure generated from the budget's lines.",
                example = "区政务服务和大数据管理局 2022 年支出合计 173.07 万元，其中：基本支出 134.67 万元，占 77.81%；项目支出 38.40 万元，占 22.19%。")
        String text) {
}
