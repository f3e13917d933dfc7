package io.yusuan.budget.line;

import io.yusuan.budget.version.VersionRead;
import io.yusuan.budget.version.Vintage;
import io.yusuan.budget.version.VisibleVersions;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.problem.Problem;
import io.yusuan.problem.InvalidCursorProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/lines")
@Tag(name = "Lines", description = "The expenditure lines every table is a grouping of.")
@Produces(MediaType.APPLICATION_JSON)
public class LineResource {

    private final VisibleVersions visible;
    private final LineQuery lines;

    public LineResource(VisibleVersions visible, LineQuery lines) {
        this.visible = visible;
        this.lines = lines;
    }

    @GET
    @Operation(summary = "The expenditure lines, filtered and cursor-paged in package order")
    @APIResponse(responseCode = "200", description = "One page of lines. " + Vintage.CACHING,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinePage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(responseCode = "404", description = Vintage.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response lines(
            @Valid @BeanParam BudgetKey key,
            @Parameter(description = "Functional code or its start.", example = "20103",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 7))
            @QueryParam("function") @Pattern(regexp = "[0-9]{1,7}", message = "must be up to 7 digits") String function,
            @Parameter(description = "Department economic code or its start.", example = "301",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 5))
            @QueryParam("economic") @Pattern(regexp = "[0-9]{1,5}", message = "must be up to 5 digits") String economic,
            @Parameter(description = "BASIC or PROJECT.", example = "BASIC",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 7))
            @QueryParam("kind") @Pattern(regexp = "BASIC|PROJECT", message = "must be BASIC or PROJECT") String kind,
            @Parameter(description = "Fund.", example = "GENERAL_PUBLIC_BUDGET",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 21))
            @QueryParam("fund") @Pattern(regexp = "GENERAL_PUBLIC_BUDGET|GOVERNMENT_FUND|STATE_CAPITAL|SPECIAL_ACCOUNT|UNIT_FUNDS",
                    message = "must be one of GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, SPECIAL_ACCOUNT, UNIT_FUNDS") String fund,
            @Parameter(description = "Project code.", example = "410304220000000006846",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 21)) @QueryParam("project")
            @Pattern(regexp = "[0-9]{6}[0-9A-Z]{15}", message = "must be a 21-character project code") String project,
            @Parameter(description = Vintage.VERSION, example = "1") @QueryParam("version") @Min(1) @Max(Vintage.MAX_VERSION) Integer version,
            @Parameter(description = Vintage.AS_OF, example = Vintage.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = Vintage.AS_OF_MAX) String asOf,
            @Parameter(description = "Page size, 1 to 1000.", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor") @Size(max = 64) String cursor,
            @Context Request request) {
        int from = after(cursor);
        VersionRead read = visible.read(key, Vintage.of(version, asOf));
        return read.respond(request, read.tag("lines", VersionRead.digest(function, economic, kind, fund, project, limit, from)),
                false, () -> {
                    List<LineView> found = lines.page(read.version().id(),
                            new LineFilter(function, economic, kind, fund, project), from, limit + 1);
                    List<LineView> page = found.subList(0, Math.min(limit, found.size()));
                    String next = found.size() > limit ? token(page.get(page.size() - 1).index()) : null;
                    return Response.ok(new LinePage(read.version().number(), page, next));
                });
    }

    private static String token(int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.valueOf(index).getBytes(StandardCharsets.UTF_8));
    }

    private static int after(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return -1;
        }
        try {
            return Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notOurs) {
            throw new InvalidCursorProblem();
        }
    }
}
