package io.yusuan.budget.version;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Return", description = "The finance bureau's return (退回) of a submitted budget to its department.")
public record ReturnRequest(
        @Schema(description = "Why it is returned: what the department must correct. Recorded in the budget's history.",
                example = "项目支出未细化到经济分类款级科目")
        @NotBlank @Size(max = ReturnRequest.REASON_MAX) String reason) {

    /** The longest reason kept: a paragraph, not a document. */
    public static final int REASON_MAX = 2000;
}
