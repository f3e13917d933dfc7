package io.yusuan.budget.load;

import io.quarkus.security.identity.SecurityIdentity;
import io.yusuan.budget.version.BudgetAccess;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
    private final PackageValidation validation;
    private final SecurityIdentity identity;

    public DraftResource(BudgetLoader loader, PackageValidation validation, SecurityIdentity identity) {
        this.loader = loader;
        this.validation = validation;
        this.identity = identity;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace the draft with a whole budget package",
            description = "The package is checked against its own rules and, in one call, against catalog-service's code "
                    + "lists for its year; any fault rejects it with 422 listing every fault by JSON pointer, and nothing "
                    + "is stored. Otherwise it replaces the draft in one transaction (creating it if the budget is new), "
                    + "recorded in the budget's history. Loading the same package again changes nothing. Answers the "
                    + "draft's totals and findings.")
    @APIResponse(responseCode = "200", description = "The draft as stored; the ETag is its revision.")
    @APIResponse(responseCode = "400", description = "The body is not JSON of the package's shape, a field is "
            + "beyond its limits (length, amount, count), or the package names another region, department or year than "
            + "the path; every fault is listed with its JSON pointer.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = BudgetAccess.EDITOR_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The open version is not a DRAFT, or the budget is published "
            + "(open an adjustment); the problem names the status.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a revision the draft no longer has.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the service takes "
            + "(quarkus.http.limits.max-body-size, 32 MiB by default).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The package breaks a rule; every fault is listed with its JSON pointer.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalog-service cannot be reached; nothing was stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@Valid @BeanParam BudgetKey key,
            @Parameter(description = "The ETag of the draft last read; the load is refused if it changed since.",
                    example = "\"v1r2\"")
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch,
            @NotNull BudgetPackage budget) {
        // the body's limits before anything else, as @Valid would check them, but without JPA's per-field questions
        validation.check(budget);
        BudgetAccess access = BudgetAccess.of(identity);
        access.requireDepartment(key.region(), key.department());
        DraftSummary draft = loader.replaceDraft(key, budget, ifMatch, access.actor());
        return Response.ok(draft).tag(new EntityTag("v" + draft.version() + "r" + draft.revision())).build();
    }
}
