package io.yusuan.budget.version;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Approval", description = "The finance bureau's approval (批复) of a submitted budget.")
public record ApprovalRequest(
        @Schema(description = "Date of the approval.", example = "2022-02-01") @NotNull LocalDate approvalDate,
        @Schema(description = "Who approved it.", example = "区财政局") @NotBlank String approvedBy) {
}
