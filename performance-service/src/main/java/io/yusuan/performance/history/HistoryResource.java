package io.yusuan.performance.history;

import io.yusuan.http.key.BudgetKey;
import io.yusuan.performance.target.CachedRead;
import io.yusuan.performance.target.TargetEventRepository;
import io.yusuan.performance.target.Targets;
import io.yusuan.problem.NotFoundProblem;
import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who changed a department's targets, and when. Public like the targets themselves: a target is public once written,
 * and so is the record of its writing.
 */
@Path("/api/v1/regions/{region}/departments/{department}/performance/{year}/history")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private final Targets targets;
    private final TargetEventRepository events;

    public HistoryResource(Targets targets, TargetEventRepository events) {
        this.targets = targets;
        this.events = events;
    }

    @GET
    @Operation(summary = "Every change of the year's targets, oldest first: who wrote a target or reported actuals, and when")
    @APIResponse(responseCode = "200", description = "The changes, oldest first; not paged, so bounded only by how often the targets are written.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions and reports of actuals.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 36)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class, maxItems = Integer.MAX_VALUE)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No targets for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response history(@Valid @BeanParam BudgetKey key, @Context Request request) {
        // every change adds a revision or a report of actuals, so the targets' revisions are the history's state
        Optional<String> revisions = targets.revisions(key.region(), key.department(), key.year(), null, null);
        return CachedRead.answer(request, revisions, () -> changes(key, revisions.isPresent()), "history").build();
    }

    private List<HistoryEntry> changes(BudgetKey key, boolean anyTarget) {
        if (!anyTarget) {
            throw new NotFoundProblem("No performance targets " + key.year() + " of department " + key.department()
                    + " in region " + key.region() + ".");
        }
        return events.of(key.region(), key.department(), key.year()).stream().map(HistoryEntry::of).toList();
    }
}
