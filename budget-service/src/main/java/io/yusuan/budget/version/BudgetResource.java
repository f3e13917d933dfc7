package io.yusuan.budget.version;

import io.quarkus.security.identity.SecurityIdentity;
import io.yusuan.http.key.BudgetKey;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}")
@Tag(name = "Budgets", description = "A department's budget for a year, its versions and their lifecycle.")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    private final VisibleVersions visible;
    private final Lifecycle lifecycle;
    private final VersionTotalsQuery totals;
    private final SecurityIdentity identity;

    public BudgetResource(VisibleVersions visible, Lifecycle lifecycle, VersionTotalsQuery totals,
            SecurityIdentity identity) {
        this.visible = visible;
        this.lifecycle = lifecycle;
        this.totals = totals;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The budget: its versions with status and dates, and the totals of the current version",
            description = "The public sees published versions; the department's editors (role budget-editor) and the "
                    + "region's finance bureau (role budget-approver), with a token covering the department, see drafts "
                    + "too, and the totals of the open draft.")
    @APIResponse(responseCode = "200", description = "The budget, with an ETag (every version it "
            + "lists, with its revision) and Cache-Control: revalidated after 60 s, never stored when it lists a draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(responseCode = "404", description = "No such budget, or nothing of it is published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response budget(@Valid @BeanParam BudgetKey key, @Context Request request) {
        BudgetVersion current = visible.select(key, null);
        List<BudgetVersion> all = visible.all(key, current.budget());
        // the answer lists every visible version: any change of any of them changes it
        EntityTag tag = new EntityTag("budget-" + all.stream().map(BudgetVersion::tag).collect(Collectors.joining(".")));
        Freshness freshness = Freshness.of(all.stream().allMatch(v -> v.status() == VersionStatus.PUBLISHED), false);
        return VersionRead.respond(request, tag, freshness, false, () -> Response.ok(new BudgetView(key.region(),
                current.regionName(), key.department(), current.departmentName(), key.year(),
                all.stream().map(VersionView::of).toList(), current.number(), totals.of(current.id()),
                adjustmentRate(all))));
    }

    /** The latest published total against the first published one. */
    private BigDecimal adjustmentRate(List<BudgetVersion> versions) {
        List<BudgetVersion> published = versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).toList();
        if (published.size() < 2) {
            return null;
        }
        BigDecimal first = totals.of(published.get(0).id()).expenditure();
        BigDecimal latest = totals.of(published.get(published.size() - 1).id()).expenditure();
        if (first.signum() == 0) {
            return null;
        }
        return latest.subtract(first).multiply(BigDecimal.valueOf(100)).divide(first, 2, RoundingMode.HALF_UP);
    }

    @POST
    @Path("/draft/submit")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Submit the draft to the finance bureau (报送, DRAFT → SUBMITTED)")
    @APIResponse(responseCode = "200", description = "The submitted version.")
    @APIResponse(responseCode = "403", description = BudgetAccess.EDITOR_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The open version is not a DRAFT; the problem names its status.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView submit(@Valid @BeanParam BudgetKey key) {
        BudgetAccess access = BudgetAccess.of(identity);
        access.requireDepartment(key.region(), key.department());
        return lifecycle.submit(key, access.actor());
    }

    @POST
    @Path("/draft/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Record the finance bureau's approval (批复) of the submitted version (SUBMITTED → APPROVED)")
    @APIResponse(responseCode = "200", description = "The approved version, with its publication deadline.")
    @APIResponse(responseCode = "400", description = "approvalDate is missing or not within the fiscal year or a year "
            + "either side of it, or approvedBy is missing or longer than 200 characters.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = BudgetAccess.APPROVER_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The open version is not SUBMITTED; the problem names its status.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView approve(@Valid @BeanParam BudgetKey key, @Valid @NotNull ApprovalRequest approval) {
        BudgetAccess access = BudgetAccess.of(identity);
        access.requireRegion(key.region());
        return lifecycle.approve(key, approval, access.actor());
    }

    @POST
    @Path("/draft/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Return the submitted version to the department (退回, SUBMITTED → DRAFT), with a reason",
            description = "The department edits the draft again and submits it anew; the reason is recorded in the "
                    + "budget's history (GET .../history).")
    @APIResponse(responseCode = "200", description = "The version, a DRAFT again.")
    @APIResponse(responseCode = "400", description = "reason is missing, blank or longer than 2000 characters.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = BudgetAccess.APPROVER_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The open version is not SUBMITTED; the problem names its status.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView returnToDraft(@Valid @BeanParam BudgetKey key, @Valid @NotNull ReturnRequest request) {
        BudgetAccess access = BudgetAccess.of(identity);
        access.requireRegion(key.region());
        return lifecycle.returnToDraft(key, request, access.actor());
    }

    @POST
    @Path("/draft/publish")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Publish the approved version (公开, APPROVED → PUBLISHED); it never changes again",
            description = "The finance bureau publishes what it approved.")
    @APIResponse(responseCode = "200", description = "The published version, with whether the 20-day deadline was met.")
    @APIResponse(responseCode = "403", description = BudgetAccess.APPROVER_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The open version is not APPROVED; the problem names its status.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView publish(@Valid @BeanParam BudgetKey key) {
        BudgetAccess access = BudgetAccess.of(identity);
        access.requireRegion(key.region());
        return lifecycle.publish(key, access.actor());
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Open an adjustment (预算调整): a new draft copied from the published version")
    @APIResponse(responseCode = "200", description = "The new draft version.")
    @APIResponse(responseCode = "403", description = BudgetAccess.EDITOR_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A version is still open, or nothing is published yet.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView adjust(@Valid @BeanParam BudgetKey key) {
        BudgetAccess access = BudgetAccess.of(identity);
        access.requireDepartment(key.region(), key.department());
        return lifecycle.adjust(key, access.actor());
    }
}
