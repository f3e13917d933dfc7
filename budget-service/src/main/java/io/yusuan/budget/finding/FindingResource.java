package io.yusuan.budget.finding;

import io.yusuan.budget.version.VersionRead;
import io.yusuan.budget.version.Vintage;
import io.yusuan.budget.version.VisibleVersions;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/findings")
@Tag(name = "Findings", description = "Consistency findings of a budget version.")
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

    private final VisibleVersions visible;
    private final FindingQuery findings;

    public FindingResource(VisibleVersions visible, FindingQuery findings) {
        this.visible = visible;
        this.findings = findings;
    }

    @GET
    @Operation(summary = "The consistency findings of a version",
            description = "Machine-readable: severity, code, JSON pointer into the package and a message. Findings never "
                    + "stop a package from being stored; rejections do.")
    @APIResponse(responseCode = "200", description = "The findings. " + Vintage.CACHING,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingsView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(responseCode = "404", description = Vintage.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response findings(
            @Valid @BeanParam BudgetKey key,
            @Parameter(description = Vintage.VERSION, example = "1") @QueryParam("version") @Min(1) @Max(Vintage.MAX_VERSION) Integer version,
            @Parameter(description = Vintage.AS_OF, example = Vintage.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = Vintage.AS_OF_MAX) String asOf,
            @Context Request request) {
        VersionRead read = visible.read(key, Vintage.of(version, asOf));
        return read.respond(request, read.tag("findings"), false, () -> {
            List<Finding> list = findings.of(read.version().id());
            return Response.ok(new FindingsView(read.version().number(),
                    list.stream().filter(f -> f.severity() == Severity.ERROR).count(),
                    list.stream().filter(f -> f.severity() == Severity.WARNING).count(), list));
        });
    }
}
