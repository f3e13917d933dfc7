package io.yusuan.performance.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yusuan.performance.target.Scope;
import io.yusuan.performance.target.TargetEvent;
import io.yusuan.performance.target.TargetEventRepository;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetHistoryEntry", description = "A change of a department's performance targets: a target written "
        + "(PUBLISHED the first time, ADJUSTED after) or actuals recorded against it (ACTUALS), with who and when. The "
        + "fields of budget-service's history entries, and the project the change is about.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(
        @Schema(description = "The revision of the target the change left it at (its `revision`; actuals do not change "
                + "it).", example = "2", minimum = "1", maximum = "2147483647") int version,
        @Schema(description = "What happened.", example = "ADJUSTED") TargetEvent.Kind action,
        @Schema(description = "The subject of the bearer token that made the change; absent for changes made before "
                + "writers were recorded.", example = "chen.li@141.410304", maxLength = 20480) String actor,
        @Schema(description = "When.", example = "2022-03-01T08:00:00Z", maxLength = 35) OffsetDateTime at,
        @Schema(description = "What changed, in a sentence.",
                example = "project 410304220000000006846 target written: 6 indicators", maxLength = 400) String summary,
        @Schema(description = "The project whose target it is; absent for the overall target.",
                example = "410304220000000006846", maxLength = 21) String projectCode) {

    static HistoryEntry of(TargetEventRepository.Entry entry) {
        TargetEvent event = entry.event();
        String project = entry.target().scope() == Scope.PROJECT ? entry.target().projectCode() : null;
        return new HistoryEntry(event.revision(), event.event(), event.actor(), event.occurredAt(), event.summary(), project);
    }
}
