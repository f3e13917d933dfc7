package io.yusuan.budget.table;

import io.yusuan.budget.version.BudgetVersion;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/tables")
@Tag(name = "Tables", description = "The standard disclosure tables 01–11, derived from the budget's lines.")
public class TableResource {

    public static final String CSV = "text/csv";
    public static final String XLSX = TableWorkbook.MEDIA_TYPE;

    private final VisibleVersions visible;
    private final Tables tables;

    public TableResource(VisibleVersions visible, Tables tables) {
        this.visible = visible;
        this.tables = tables;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the standard tables of the budget")
    @APIResponse(responseCode = "200", description = "Tables 01 to 11.")
    @APIResponse(responseCode = "404", description = "No such budget, or nothing of it is published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TableListing> list(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year, @Context UriInfo uri) {
        visible.select(region, department, year, null);
        return TableCatalog.all().stream().map(table -> new TableListing(table.number(), table.title(), table.titleEn(),
                uri.getRequestUri().getRawPath() + "/" + table.number())).toList();
    }

    @GET
    @Path("/{number}")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "One standard table, as JSON, CSV or XLSX",
            description = "Amounts in 万元 with two decimals (`unit=wan`, the default), rounded once from exact yuan, or in "
                    + "yuan (`unit=yuan`). `Accept: text/csv` gives the same table with the template's Chinese headers; "
                    + "`Accept: " + XLSX + "` gives it as a sheet laid out like the printed table (title, 部门名称, 单位, "
                    + "merged group headers, amounts as numbers). "
                    + "Table 07 groups by government economic classification, or by department economic classification "
                    + "with `classification=department`.")
    @APIResponse(responseCode = "200", description = "The table.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TableView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "编码,名称,合计（万元）,基本支出/小计（万元）,...\r\n\"\",合计,173.07,134.67,...\r\n"
                            + "2010301,行政运行,108.00,108.00,...\r\n"),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such budget, version or table.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "None of JSON, CSV and XLSX is acceptable.",
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
        BudgetVersion selected = visible.select(region, department, year, version);
        TableView table = tables.table(selected, number, AmountUnit.of(unit), "department".equals(classification));
        MediaType wanted = headers.getAcceptableMediaTypes().stream().filter(type -> !type.isWildcardType()).findFirst()
                .orElse(MediaType.APPLICATION_JSON_TYPE);
        if (wanted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(table, MediaType.APPLICATION_JSON).build();
        }
        if (wanted.isCompatible(MediaType.valueOf(CSV))) {
            return Response.ok(TableCsv.of(table), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", attachment(region, department, year, "table-" + number, "csv"))
                    .build();
        }
        if (wanted.isCompatible(MediaType.valueOf(XLSX))) {
            return Response.ok(TableWorkbook.of(table), XLSX)
                    .header("Content-Disposition", attachment(region, department, year, "table-" + number, "xlsx"))
                    .build();
        }
        return Response.ok(table, MediaType.APPLICATION_JSON).build();
    }

    /** {@code attachment; filename="410304-141-2022-table-05.csv"}, of the characters a file name may safely have. */
    static String attachment(String region, String department, int year, String what, String extension) {
        String name = (region + "-" + department + "-" + year + "-" + what).replaceAll("[^A-Za-z0-9_-]", "_");
        return "attachment; filename=\"" + name + "." + extension + "\"";
    }
}
