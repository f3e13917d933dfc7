package io.yusuan.budget.changes;

import io.yusuan.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/changes")
@Tag(name = "Changes", description = "The feed of publications (发布事件), for clients that keep a copy of every published budget.")
public class ChangeResource {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final ChangeQuery changes;

    public ChangeResource(ChangeQuery changes) {
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publications and adjustments after a sequence, cursor-paged",
            description = "Every publication of a budget version in the order it was committed: PUBLISHED for a budget's "
                    + "first version, ADJUSTED for a later one (预算调整). Replayed from the start, the latest change of "
                    + "each (region, department, year) names the version `GET /api/v1/export/{year}/lines` serves for "
                    + "it. `next` is always present: follow it until `changes` comes back empty, then poll it. A "
                    + "sequence once seen is never followed by a smaller one, so nothing is missed between polls.")
    @APIResponse(responseCode = "200", description = "One page of changes.",
            headers = {
                    @Header(name = "ETag", description = "The page's bounds and last sequence.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 128)),
                    @Header(name = "Cache-Control", description = "A full page never changes (public, immutable); a "
                            + "partial one grows with the next publication (no-cache).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class),
                    examples = @ExampleObject(name = "first-publication", summary = "The source document's budget published",
                            value = """
                                    {"changes": [{"sequence": 1, "event": "PUBLISHED", "region": "410304",
                                      "department": "141", "year": 2022, "version": 1,
                                      "publishedAt": "2022-02-18T08:30:00Z",
                                      "href": "/api/v1/regions/410304/departments/141/budgets/2022?version=1"}],
                                     "next": "/api/v1/changes?since=1&limit=100"}""")))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    public Response changes(
            @Parameter(description = "The last sequence already seen (exclusive); 0 from the start.", example = "0")
            @QueryParam("since") @DefaultValue("0") @Min(0) @Max(Long.MAX_VALUE) long since,
            @Parameter(description = "Page size, 1 to 1000.", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @Context Request request) {
        List<Change> found = changes.after(since, limit);
        ChangePage page = ChangePage.of(found, since, limit);
        EntityTag tag = new EntityTag("c" + since + "-" + limit + "-" + ChangePage.last(found, since));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(page);
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, page.full(limit) ? IMMUTABLE : "no-cache").build();
    }
}
