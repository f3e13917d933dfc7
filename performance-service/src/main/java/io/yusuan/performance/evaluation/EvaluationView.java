package io.yusuan.performance.evaluation;

import io.yusuan.performance.scoring.EvaluationResult;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evaluation", description = "A project's targets against the actuals of a period: per indicator target, "
        + "actual, met / partly met / not met, deviation and score; the total and grade (优 ≥90, 良 80–90, 中 60–80, 差 <60).")
public record EvaluationView(
        @Schema(description = "Project code.", example = "410304220000000006846", maxLength = 21) String projectCode,
        @Schema(description = "The period of the actuals.", example = "SELF_EVALUATION") Period period,
        @Schema(description = "The date they are as of.", example = "2022-12-31", maxLength = 10) LocalDate asOf,
        @Schema(description = "The scores.") EvaluationResult result) {
}
