package io.yusuan.budget.version;

import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Approval", description = "The finance bureau's approval (批复) of a submitted budget.")
public record ApprovalRequest(
        @Schema(maxLength = 10, description = "Date of the approval: in the fiscal year, the year before (批复 of next year's budget "
                + "comes before it starts) or the year after.", example = "2022-02-01") @NotNull LocalDate approvalDate,
        @Schema(description = "Who approved it.", example = "区财政局") @NotBlank @Size(max = 200) String approvedBy) {

    /**
     * @throws ProblemException 400 naming {@code /approvalDate} unless it falls within the fiscal year or the years
     *         either side of it: a budget is approved before or during its year, an adjustment at the latest the year
     *         after; a date like +57331-01-12 is a typing error, not an approval.
     */
    public void requireDateNear(int fiscalYear) {
        int year = approvalDate.getYear();
        if (year < fiscalYear - 1 || year > fiscalYear + 1) {
            throw new ProblemException(400, "invalid-request", "Invalid request", "approvalDate " + approvalDate
                    + " is not within fiscal year " + fiscalYear + " or a year either side of it.",
                    List.of(new FieldError("/approvalDate", "OUT_OF_RANGE",
                            "must fall between " + (fiscalYear - 1) + "-01-01 and " + (fiscalYear + 1) + "-12-31")));
        }
    }
}
