package io.yusuan.budget.version;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetVersion", description = "One version of a budget and where it stands.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionView(
        @Schema(minimum = "1", maximum = "9999", description = "Version number, from 1.", example = "1") int number,
        @Schema(description = "DRAFT, SUBMITTED, APPROVED or PUBLISHED.", example = "PUBLISHED") VersionStatus status,
        @Schema(minimum = "0", maximum = "2147483647", description = "Revision: bumped by every change of the version.", example = "4") int revision,
        @Schema(minimum = "1", maximum = "9999", description = "The published version an adjustment (预算调整) was opened from.", example = "1") Integer basedOn,
        @Schema(maxLength = 35, description = "When the version was created.") OffsetDateTime createdAt,
        @Schema(maxLength = 35, description = "When it was last changed.") OffsetDateTime updatedAt,
        @Schema(maxLength = 35, description = "When it was submitted.") OffsetDateTime submittedAt,
        @Schema(maxLength = 10, description = "The approval (批复) date.", example = "2022-02-01") LocalDate approvalDate,
        @Schema(maxLength = 200, description = "Who approved it.", example = "区财政局") String approvedBy,
        @Schema(maxLength = 35, description = "When it was published.") OffsetDateTime publishedAt,
        @Schema(maxLength = 10, description = "The last day the law allows for publication: 20 days after approval.", example = "2022-02-21")
        LocalDate publicationDeadline,
        @Schema(description = "Whether it was published by the deadline.", example = "true") Boolean publishedOnTime) {

    public static VersionView of(BudgetVersion version) {
        return new VersionView(version.number(), version.status(), version.revision(), version.basedOn(),
                version.createdAt(), version.updatedAt(), version.submittedAt(), version.approvalDate(),
                version.approvedBy(), version.publishedAt(), version.publicationDeadline(), version.publishedOnTime());
    }
}
