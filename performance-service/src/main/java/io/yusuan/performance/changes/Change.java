package io.yusuan.performance.changes;

import io.yusuan.performance.target.PerformanceTarget;
import io.yusuan.performance.target.Scope;
import io.yusuan.performance.target.TargetEvent;
import io.yusuan.performance.target.TargetEventRepository;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetChange", description = "An event of the change feed: a target written (PUBLISHED the first time, "
        + "ADJUSTED after), or actuals recorded against it (ACTUALS). The latest event of a target names its current "
        + "revision. The fields of budget-service's feed, and the target's scope and project.")
public record Change(
        @Schema(description = "Position in the feed; increasing, in commit order.", example = "17", minimum = "1", maximum = "9223372036854775807") long sequence,
        @Schema(description = "What happened.", example = "PUBLISHED") TargetEvent.Kind event,
        @Schema(description = "Fiscal division code.", example = "410304", maxLength = 6) String region,
        @Schema(description = "Department code.", example = "141", maxLength = 20) String department,
        @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099") int year,
        @Schema(description = "OVERALL (部门整体绩效目标) or PROJECT (项目绩效目标).", example = "PROJECT") Scope scope,
        @Schema(description = "The project's code; null for the overall target.", example = "410304220000000006846",
                nullable = true, maxLength = 21) String projectCode,
        @Schema(description = "The target's revision after the event (its `revision`): named as budget-service's feed "
                + "names a budget's version, so that one client reads both feeds.", example = "1", minimum = "1", maximum = "2147483647") int version,
        @Schema(description = "When it happened.", example = "2022-03-01T08:00:00Z", maxLength = 35) OffsetDateTime publishedAt,
        @Schema(description = "The target it is about.",
                example = "/api/v1/regions/410304/departments/141/performance/2022/projects/410304220000000006846", maxLength = 200)
        String href) {

    static Change of(TargetEventRepository.Entry entry) {
        TargetEvent event = entry.event();
        PerformanceTarget target = entry.target();
        String path = "/api/v1/regions/" + target.regionCode() + "/departments/" + target.departmentCode() + "/performance/"
                + target.fiscalYear();
        boolean project = target.scope() == Scope.PROJECT;
        return new Change(event.sequence(), event.event(), target.regionCode(), target.departmentCode(), target.fiscalYear(),
                target.scope(), project ? target.projectCode() : null, event.revision(), event.occurredAt(),
                project ? path + "/projects/" + target.projectCode() : path + "/overall");
    }
}
