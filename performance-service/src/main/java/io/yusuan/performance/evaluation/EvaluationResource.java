package io.yusuan.performance.evaluation;

import io.yusuan.http.key.BudgetKey;
import io.yusuan.performance.access.PerformanceRoles;
import io.yusuan.performance.access.Writer;
import io.yusuan.performance.target.CachedRead;
import io.yusuan.performance.target.Scope;
import io.yusuan.performance.target.ProjectCode;
import io.yusuan.performance.target.Targets;
import io.yusuan.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/performance/{year}")
@Tag(name = "Evaluation", description = "Actuals by period (绩效监控, 绩效自评) and the self-evaluation score.")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private static final String WRITER = "Needs the " + PerformanceRoles.EVALUATOR + " role and a token acting for the "
            + "department; the report is recorded with the token's subject in the history.";

    private final Evaluations evaluations;
    private final Targets targets;
    private final EvaluationCache cache;
    private final Writer writer;

    public EvaluationResource(Evaluations evaluations, Targets targets, EvaluationCache cache, Writer writer) {
        this.evaluations = evaluations;
        this.targets = targets;
        this.cache = cache;
        this.writer = writer;
    }

    @POST
    @Path("/projects/{projectCode}/actuals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PerformanceRoles.EVALUATOR)
    @Operation(summary = "Report a project's actual values for a period (绩效监控 or 绩效自评)", description = WRITER)
    @APIResponse(responseCode = "201", description = "The report is stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActualsRecorded.class)))
    @APIResponse(responseCode = "404", description = "The project has no targets.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An actual does not fit its indicator (unknown indicator, missing value "
            + "or grade, grade value outside its band, weights not totalling 100); nothing was stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response projectActuals(@Valid @BeanParam BudgetKey key, @Valid @BeanParam ProjectCode project,
            @Valid @NotNull ActualsRequest actuals) {
        String actor = writer.of(key);
        return Response.status(Response.Status.CREATED)
                .entity(evaluations.record(key, Scope.PROJECT, project.code(), actuals, actor)).build();
    }

    @POST
    @Path("/overall/actuals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PerformanceRoles.EVALUATOR)
    @Operation(summary = "Report the overall target's actual values for a period", description = WRITER)
    @APIResponse(responseCode = "201", description = "The report is stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActualsRecorded.class)))
    @APIResponse(responseCode = "404", description = "No overall target.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An actual names an indicator the target does not have; nothing was stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response overallActuals(@Valid @BeanParam BudgetKey key, @Valid @NotNull ActualsRequest actuals) {
        String actor = writer.of(key);
        return Response.status(Response.Status.CREATED)
                .entity(evaluations.record(key, Scope.OVERALL, null, actuals, actor)).build();
    }

    @GET
    @Path("/projects/{projectCode}/evaluation")
    @Operation(summary = "A project's evaluation: per indicator target, actual, status, deviation and score; total and grade")
    @APIResponse(responseCode = "200", description = "The evaluation of the latest actuals of the period (self-evaluation "
            + "first when no period is asked for).",
            headers = {@Header(name = "ETag", description = "Of the target's revision, its reports of actuals and the period.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 36)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No targets or no actuals.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The stored actuals no longer score against the target (it was "
            + "rewritten since they were reported).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response evaluation(@Valid @BeanParam BudgetKey key, @Valid @BeanParam ProjectCode project,
            @Parameter(description = "MONITORING or SELF_EVALUATION.", example = "SELF_EVALUATION") @QueryParam("period")
            Period period, @Context Request request) {
        Optional<String> revisions = targets.revisions(key.region(), key.department(), key.year(), Scope.PROJECT,
                project.code());
        return CachedRead.answer(request, revisions, () -> cache.get(revisions, period,
                () -> evaluations.evaluation(key.region(), key.department(), key.year(), project.code(), period)),
                "evaluation", period).build();
    }
}
