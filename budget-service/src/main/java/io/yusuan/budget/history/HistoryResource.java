package io.yusuan.budget.history;

import io.yusuan.budget.version.BudgetVersion;
import io.yusuan.budget.version.VisibleVersions;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/history")
@Tag(name = "Budgets", description = "A department's budget for a year, its versions and their lifecycle.")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private final VisibleVersions visible;
    private final BudgetHistory history;

    public HistoryResource(VisibleVersions visible, BudgetHistory history) {
        this.visible = visible;
        this.history = history;
    }

    @GET
    @Operation(summary = "Who changed the budget and when (变更记录), oldest first",
            description = "One entry per write: draft written, submitted, approved, returned, published, adjustment "
                    + "opened, with the version, the token's subject and the time. The public sees the entries of "
                    + "published versions; the department's editors and the region's finance bureau see every entry.")
    @APIResponse(responseCode = "200", description = "The entries, oldest first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class, maxItems = 100000)))
    @APIResponse(responseCode = "404", description = "No such budget, or nothing of it the reader may see.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<HistoryEntry> history(@Valid @BeanParam BudgetKey key) {
        BudgetVersion current = visible.select(key, null);
        return history.of(current.budget(), visible.readsDrafts(key));
    }
}
