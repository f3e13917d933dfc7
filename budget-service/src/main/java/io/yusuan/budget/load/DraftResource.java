package io.yusuan.budget.load;

import io.yusuan.budget.version.Roles;
import io.yusuan.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/draft")
@Tag(name = "Budgets", description = "A department's budget for a year, its versions and their lifecycle.")
public class DraftResource {

    private final BudgetLoader loader;

    public DraftResource(BudgetLoader loader) {
        this.loader = loader;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace the draft with a whole budget package",
            description = "The package is checked against its own rules and, in one call, against catalog-service's code "
                    + "lists for its year; any fault rejects it with 422 listing every fault by JSON pointer, and nothing "
                    + "is stored. Otherwise it replaces the draft in one transaction (creating it if the budget is new). "
                    + "Loading the same package again changes nothing. Answers the draft's totals and findings.")
    @APIResponse(responseCode = "200", description = "The draft as stored; the ETag is its revision.")
    @APIResponse(responseCode = "400", description = "The body is not JSON of the package's shape.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the budget-editor role.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The open version is not a DRAFT, or the budget is published "
            + "(open an adjustment); the problem names the status.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a revision the draft no longer has.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The package breaks a rule; every fault is listed with its JSON pointer.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service cannot be reached; nothing was stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Parameter(description = "The ETag of the draft last read; the load is refused if it changed since.")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull BudgetPackage budget) {
        DraftSummary draft = loader.replaceDraft(region, department, year, budget, ifMatch);
        return Response.ok(draft).tag(new EntityTag("v" + draft.version() + "r" + draft.revision())).build();
    }
}
