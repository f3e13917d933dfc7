package io.yusuan.budget.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "Publications after a sequence, oldest first.")
public record ChangePage(
        @Schema(maxItems = 1000, required = true, description = "The publications of this page; empty when nothing newer is published yet.")
        List<Change> changes,
        @Schema(maxLength = 256, required = true, description = "The next page: after the last change of this one, or the same `since` when this one is "
                + "empty. Always present, so that a client polls it until something new is published.",
                example = "/api/v1/changes?since=17&limit=100") String next) {

    /** The page, and its next page: after its last change, or the same place again when it has none. */
    public static ChangePage of(List<Change> changes, long since, int limit) {
        return new ChangePage(changes, "/api/v1/changes?since=" + last(changes, since) + "&limit=" + limit);
    }

    /** The sequence the page ends at: its last change's, or where it started when it has none. */
    static long last(List<Change> changes, long since) {
        return changes.isEmpty() ? since : changes.get(changes.size() - 1).sequence();
    }

    /** A full page never changes again: its sequences are taken, and nothing can commit between them later. */
    public boolean full(int limit) {
        return changes.size() == limit;
    }
}
