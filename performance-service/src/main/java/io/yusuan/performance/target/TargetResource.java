package io.yusuan.performance.target;

import io.yusuan.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/performance/{year}")
@Tag(name = "Targets", description = "The department's overall target and its projects' targets.")
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    /** The role that writes targets: the department's budget editors. */
    public static final String EDITOR = "budget-editor";

    private final Targets targets;

    public TargetResource(Targets targets) {
        this.targets = targets;
    }

    @GET
    @Operation(summary = "The year's targets: whether the overall one is set, the projects', and budgeted projects without any")
    @APIResponse(responseCode = "200", description = "The summary.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions.", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "The year is not a number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "JSON is not acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No targets for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response summary(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Context Request request) {
        return CachedRead.answer(request, targets.revisions(region, department, year, null, null),
                () -> targets.summary(region, department, year), "summary").build();
    }

    @PUT
    @Path("/overall")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EDITOR)
    @Operation(summary = "Set the department's overall target (整体绩效目标)",
            description = "年度履职目标, 年度主要任务 and the indicators; the 预算情况 is read from budget-service's published "
                    + "budget, never typed in. Each target value is kept as written and parsed.")
    @APIResponse(responseCode = "200", description = "The target as stored, with its 预算情况 and findings.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = "The body is not a target of this shape.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the budget-editor role.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "JSON is not acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The department has no published budget for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "budget-service cannot be reached; nothing was stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TargetView writeOverall(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year, @Valid @NotNull OverallTargetRequest target) {
        return targets.writeOverall(region, department, year, target);
    }

    @GET
    @Path("/overall")
    @Operation(summary = "The department's overall target")
    @APIResponse(responseCode = "200", description = "The target.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions.", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "The year is not a number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "JSON is not acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not set.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response overall(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Context Request request) {
        return CachedRead.answer(request, targets.revisions(region, department, year, Scope.OVERALL, ""),
                () -> targets.overall(region, department, year), "overall").build();
    }

    @GET
    @Path("/projects")
    @Operation(summary = "Every project's targets")
    @APIResponse(responseCode = "200", description = "The project targets, in project code order; an empty list when "
            + "none is set.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions.", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TargetView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "The year is not a number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "JSON is not acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response projects(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Context Request request) {
        return CachedRead.answer(request, targets.revisions(region, department, year, Scope.PROJECT, null),
                () -> targets.projects(region, department, year), "projects").build();
    }

    @PUT
    @Path("/projects/{projectCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EDITOR)
    @Operation(summary = "Set a project's targets (项目绩效目标)",
            description = "The project must be in the department's published budget (asked of budget-service), which also "
                    + "gives its amounts: 资金总额, 政府预算资金, 财政专户管理资金, 单位资金.")
    @APIResponse(responseCode = "200", description = "The target as stored, with its amounts and findings.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = "The body is not a target of this shape.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the budget-editor role.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "JSON is not acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No published budget, or the project is not in it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "budget-service cannot be reached; nothing was stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TargetView writeProject(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Parameter(description = "21-character project code.", example = "410304220000000006846") @PathParam("projectCode") String projectCode,
            @Valid @NotNull ProjectTargetRequest target) {
        return targets.writeProject(region, department, year, projectCode, target);
    }

    @GET
    @Path("/projects/{projectCode}")
    @Operation(summary = "One project's targets")
    @APIResponse(responseCode = "200", description = "The target.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions.", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "The year is not a number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "JSON is not acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not set.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response project(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Parameter(description = "21-character project code.", example = "410304220000000006846") @PathParam("projectCode") String projectCode,
            @Context Request request) {
        return CachedRead.answer(request, targets.revisions(region, department, year, Scope.PROJECT, projectCode),
                () -> targets.project(region, department, year, projectCode), "project").build();
    }
}
