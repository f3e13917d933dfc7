package io.yusuan.budget.finding;

import io.yusuan.budget.version.VersionRead;
import io.yusuan.budget.version.Vintage;
import io.yusuan.budget.version.VisibleVersions;
import io.yusuan.problem.Problem;
import jakarta.validation.constraints.Min;
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
    @APIResponse(responseCode = "400", description = "A parameter is invalid: version is not a positive number, both "
            + "version and asOf are given, or asOf is not an ISO-8601 instant.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such budget or version, or nothing of it is published (by asOf).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "JSON is not acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response findings(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Parameter(description = Vintage.VERSION, example = "1") @QueryParam("version") @Min(1) Integer version,
            @Parameter(description = Vintage.AS_OF, example = Vintage.AS_OF_EXAMPLE) @QueryParam("asOf") String asOf,
            @Context Request request) {
        VersionRead read = visible.read(region, department, year, Vintage.of(version, asOf));
        return read.respond(request, read.tag("findings"), false, () -> {
            List<Finding> list = findings.of(read.version().id());
            return Response.ok(new FindingsView(read.version().number(),
                    list.stream().filter(f -> f.severity() == Severity.ERROR).count(),
                    list.stream().filter(f -> f.severity() == Severity.WARNING).count(), list));
        });
    }
}
