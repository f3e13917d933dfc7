package io.yusuan.performance.target;

import io.yusuan.http.key.BudgetKey;
import io.yusuan.performance.access.PerformanceRoles;
import io.yusuan.performance.access.Writer;
import io.yusuan.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The targets of a department's year. Writes need the {@value PerformanceRoles#EDITOR} role and a token acting for
 * the department; the standard 400, 401, 403, 404, 406 and 500 problems are declared by problem-details' OpenAPI
 * filter, only what is particular to an operation is declared here.
 */
@Path("/api/v1/regions/{region}/departments/{department}/performance/{year}")
@Tag(name = "Targets", description = "The department's overall target and its projects' targets.")
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    private final Targets targets;
    private final Writer writer;

    public TargetResource(Targets targets, Writer writer) {
        this.targets = targets;
        this.writer = writer;
    }

    @GET
    @Operation(summary = "The year's targets: whether the overall one is set, the projects', and budgeted projects without any")
    @APIResponse(responseCode = "200", description = "The summary.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions.", schema = @Schema(type = SchemaType.STRING, maxLength = 36)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No targets for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response summary(@Valid @BeanParam BudgetKey key, @Context Request request) {
        return CachedRead.answer(request, targets.revisions(key.region(), key.department(), key.year(), null, null),
                () -> targets.summary(key.region(), key.department(), key.year()), "summary").build();
    }

    @PUT
    @Path("/overall")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PerformanceRoles.EDITOR)
    @Operation(summary = "Set the department's overall target (整体绩效目标)",
            description = "年度履职目标, 年度主要任务 and the indicators; the 预算情况 is read from budget-service's published "
                    + "budget, never typed in. Each target value is kept as written and parsed. Needs the "
                    + PerformanceRoles.EDITOR + " role and a token acting for the department; the write is recorded "
                    + "with the token's subject in the history.")
    @APIResponse(responseCode = "200", description = "The target as stored, with its 预算情况 and findings.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The department has no published budget for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "budget-service refused the request for the budget's funding.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "budget-service cannot be reached; nothing was stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TargetView writeOverall(@Valid @BeanParam BudgetKey key, @Valid @NotNull OverallTargetRequest target) {
        String actor = writer.of(key);
        return targets.writeOverall(key.region(), key.department(), key.year(), target, actor);
    }

    @GET
    @Path("/overall")
    @Operation(summary = "The department's overall target")
    @APIResponse(responseCode = "200", description = "The target.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions.", schema = @Schema(type = SchemaType.STRING, maxLength = 36)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "Not set.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response overall(@Valid @BeanParam BudgetKey key, @Context Request request) {
        return CachedRead.answer(request, targets.revisions(key.region(), key.department(), key.year(), Scope.OVERALL, ""),
                () -> targets.overall(key.region(), key.department(), key.year()), "overall").build();
    }

    @GET
    @Path("/projects")
    @Operation(summary = "Every project's targets")
    @APIResponse(responseCode = "200", description = "The project targets, in project code order; an empty list when "
            + "none is set.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions.", schema = @Schema(type = SchemaType.STRING, maxLength = 36)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TargetView.class, maxItems = 100000)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Response projects(@Valid @BeanParam BudgetKey key, @Context Request request) {
        return CachedRead.answer(request, targets.revisions(key.region(), key.department(), key.year(), Scope.PROJECT, null),
                () -> targets.projects(key.region(), key.department(), key.year()), "projects").build();
    }

    @PUT
    @Path("/projects/{projectCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PerformanceRoles.EDITOR)
    @Operation(summary = "Set a project's targets (项目绩效目标)",
            description = "The project must be in the department's published budget (asked of budget-service), which also "
                    + "gives its amounts: 资金总额, 政府预算资金, 财政专户管理资金, 单位资金. Needs the "
                    + PerformanceRoles.EDITOR + " role and a token acting for the department; the write is recorded "
                    + "with the token's subject in the history.")
    @APIResponse(responseCode = "200", description = "The target as stored, with its amounts and findings.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No published budget, or the project is not in it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "budget-service refused the request for the budget's funding.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "budget-service cannot be reached; nothing was stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TargetView writeProject(@Valid @BeanParam BudgetKey key, @Valid @BeanParam ProjectCode project,
            @Valid @NotNull ProjectTargetRequest target) {
        String actor = writer.of(key);
        return targets.writeProject(key.region(), key.department(), key.year(), project.code(), target, actor);
    }

    @GET
    @Path("/projects/{projectCode}")
    @Operation(summary = "One project's targets")
    @APIResponse(responseCode = "200", description = "The target.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions.", schema = @Schema(type = SchemaType.STRING, maxLength = 36)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "Not set.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response project(@Valid @BeanParam BudgetKey key, @Valid @BeanParam ProjectCode project,
            @Context Request request) {
        return CachedRead.answer(request, targets.revisions(key.region(), key.department(), key.year(), Scope.PROJECT,
                project.code()), () -> targets.project(key.region(), key.department(), key.year(), project.code()),
                "project").build();
    }
}
