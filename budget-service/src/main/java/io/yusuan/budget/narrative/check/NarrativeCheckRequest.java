package io.yusuan.budget.narrative.check;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NarrativeCheckRequest", description = "A hand-written 情况说明, paragraph by paragraph.")
public record NarrativeCheckRequest(
        @Schema(description = "The paragraphs, in order. A paragraph starting with its heading (一、 to 十、) is that "
                + "paragraph; one without a heading is numbered by its place (the first is 一).",
                example = "[\"一、收入支出预算总体情况说明\\n区政务服务和大数据管理局 2022 年收入总计 173.07 万元，支出总计 173.07 万元。\", "
                        + "\"十、其他重要事项情况说明\\n（一）行政（事业）单位机构运行经费支出预算情况\\n区政务服务和大数据管理局 2022 年"
                        + "机构运行经费支出预算 8.23 万元。机关运行经费较上年度增加 0.25 万元，增长 3.03%，主要原因是上年度统计范围仅为公用经费。\"]")
        @Size(max = 1000) List<@Size(max = NarrativeCheckRequest.PARAGRAPH_MAX) String> paragraphs) {

    /** The longest paragraph checked: 十、其他重要事项 of a large department runs to a few thousand characters. */
    public static final int PARAGRAPH_MAX = 20_000;
}
