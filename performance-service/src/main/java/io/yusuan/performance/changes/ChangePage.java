package io.yusuan.performance.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetChanges", description = "A page of the change feed.")
public record ChangePage(
        @Schema(description = "The events after `since`, in sequence order; empty when there are none yet.", maxItems = 1000) List<Change> changes,
        @Schema(description = "Where to ask next: after the last event of this page, or again after `since` when the page "
                + "is empty. Always present, so that a client can poll it.", example = "/api/v1/changes?since=17&limit=100", maxLength = 64)
        String next) {
}
