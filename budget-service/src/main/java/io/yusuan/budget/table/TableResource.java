package io.yusuan.budget.table;

import io.quarkus.security.identity.SecurityIdentity;
import io.yusuan.budget.version.BudgetVersion;
import io.yusuan.budget.version.Roles;
import io.yusuan.budget.version.VisibleVersions;
import io.yusuan.problem.Problem;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/tables")
@Tag(name = "Tables", description = "The standard disclosure tables 01–11, derived from the budget's lines.")
public class TableResource {

    public static final String CSV = "text/csv";

    private final VisibleVersions visible;
    private final Tables tables;
    private final SecurityIdentity identity;

    public TableResource(VisibleVersions visible, Tables tables, SecurityIdentity identity) {
        this.visible = visible;
        this.tables = tables;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the standard tables of the budget")
    @APIResponse(responseCode = "200", description = "Tables 01 to 11.")
    @APIResponse(responseCode = "404", description = "No such budget, or nothing of it is published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TableListing> list(@PathParam("region") String region, @PathParam("department") String department,
            @PathParam("year") int year, @Context UriInfo uri) {
        visible.select(region, department, year, null, identity.hasRole(Roles.EDITOR));
        return TableCatalog.all().stream().map(table -> new TableListing(table.number(), table.title(), table.titleEn(),
                uri.getRequestUri().getRawPath() + "/" + table.number())).toList();
    }

    @GET
    @Path("/{number}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "One standard table, as JSON or CSV",
            description = "Amounts in 万元 with two decimals (`unit=wan`, the default), rounded once from exact yuan, or in "
                    + "yuan (`unit=yuan`). `Accept: text/csv` gives the same table with the template's Chinese headers. "
                    + "Table 07 groups by government economic classification, or by department economic classification "
                    + "with `classification=department`.")
    @APIResponse(responseCode = "200", description = "The table.")
    @APIResponse(responseCode = "400", description = "A parameter is invalid.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such budget, version or table.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "None of JSON and CSV is acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response table(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Parameter(description = "Table number, 01 to 11.", example = "05") @PathParam("number") String number,
            @Parameter(description = "wan (万元, default) or yuan.", example = "wan")
            @QueryParam("unit") @DefaultValue("wan") @Pattern(regexp = "wan|yuan", message = "must be wan or yuan") String unit,
            @Parameter(description = "Version number; the latest published (or the open draft, for editors) by default.",
                    example = "1") @QueryParam("version") @Min(1) Integer version,
            @Parameter(description = "Table 07 only: government (default) or department.", example = "government")
            @QueryParam("classification") @DefaultValue("government")
            @Pattern(regexp = "government|department", message = "must be government or department") String classification,
            @Context HttpHeaders headers) {
        BudgetVersion selected = visible.select(region, department, year, version, identity.hasRole(Roles.EDITOR));
        TableView table = tables.table(selected, number, AmountUnit.of(unit), "department".equals(classification));
        if (headers.getAcceptableMediaTypes().stream().filter(type -> !type.isWildcardType()).findFirst()
                .map(type -> type.isCompatible(MediaType.valueOf(CSV))).orElse(false)) {
            return Response.ok(TableCsv.of(table), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + region + "-" + department + "-" + year
                            + "-table-" + number + ".csv\"")
                    .build();
        }
        return Response.ok(table, MediaType.APPLICATION_JSON).build();
    }
}
