package io.yusuan.performance.changes;

import io.yusuan.performance.target.CachedRead;
import io.yusuan.performance.target.TargetEventRepository;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/changes")
@Tag(name = "Changes", description = "The change feed: every write of a target and every report of actuals, in order.")
public class ChangeResource {

    /** A page short of its limit grows as events come: caches ask again every time (the ETag makes that cheap). */
    private static final String GROWING = "no-cache";
    /**
     * A full page never changes: an event is never altered, and since events commit in sequence order (see {@code
     * TargetEventRepository.append}) none can appear later between two that are already there.
     */
    private static final String FULL = "public, max-age=31536000, immutable";

    private final TargetEventRepository events;

    public ChangeResource(TargetEventRepository events) {
        this.events = events;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The events after a sequence number: targets published, adjusted, actuals recorded",
            description = "Cursor-paged by sequence: pass `since` the `sequence` of the last event seen (0 for the start) "
                    + "and follow `next`, which is always present; an empty page means nothing has happened since. "
                    + "Events are numbered in the order they committed, so polling `next` never skips one. Replaying "
                    + "the feed from 0 and keeping the latest event of each target gives each target's current revision "
                    + "(what its `href` answers).")
    @APIResponse(responseCode = "200", description = "A page of events.",
            headers = {@Header(name = "ETag", description = "Of the page's events.", schema = @Schema(type = SchemaType.STRING, maxLength = 36)),
                       @Header(name = "Cache-Control", description = "A full page (`limit` events) never changes: public, "
                               + "max-age=31536000, immutable. A page short of its limit grows as events come: no-cache.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Response changes(
            @Parameter(description = "The sequence after which to list events (exclusive); 0 for the start.", example = "0")
            @QueryParam("since") @DefaultValue("0") @Min(0) @Max(Long.MAX_VALUE) long since,
            @Parameter(description = "At most this many events.", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @Context Request request) {
        List<Change> changes = events.after(since, limit).stream().map(Change::of).toList();
        long last = changes.isEmpty() ? since : changes.get(changes.size() - 1).sequence();
        // the events of a sequence never change: the page is known by where it starts, its size and where it ends
        EntityTag tag = CachedRead.tag("changes", since, limit, changes.size(), last);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(new ChangePage(changes, "/api/v1/changes?since=" + last + "&limit=" + limit));
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, changes.size() == limit ? FULL : GROWING).build();
    }
}
