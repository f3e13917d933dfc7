package io.yusuan.budget.table;

import io.yusuan.budget.version.VersionRead;
import io.yusuan.budget.version.Vintage;
import io.yusuan.budget.version.VisibleVersions;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

/** Every standard table of a budget in one workbook: budget offices work in spreadsheets. */
@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/tables.xlsx")
@Tag(name = "Tables")
public class TableWorkbookResource {

    private final VisibleVersions visible;
    private final Tables tables;

    public TableWorkbookResource(VisibleVersions visible, Tables tables) {
        this.visible = visible;
        this.tables = tables;
    }

    @GET
    @Produces(TableWorkbook.MEDIA_TYPE)
    @Operation(summary = "Every standard table, as one XLSX workbook",
            description = "Tables 01 to 11 of the version, one sheet each (named like `01 部门收支预算表`), each laid out "
                    + "like the printed table: title, 部门名称, 单位, merged group headers, a 合计 row, then the rows with "
                    + "amounts as numbers. Amounts in 万元 with two decimals (`unit=wan`, the default), rounded once from "
                    + "exact yuan, or in yuan (`unit=yuan`). Table 07 is by government economic classification. A published "
                    + "version asked for by number is immutable, and its tables are served from memory once computed.")
    @APIResponse(responseCode = "200", description = "The workbook.",
            headers = {
                    @Header(name = "ETag", description = "The version, its revision and the unit, e.g. \"v1r4-tables-wan\".",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 128)),
                    @Header(name = "Cache-Control", description = "`public, max-age=31536000, immutable` for a published "
                            + "version asked for by number; `public, max-age=60, must-revalidate` for the latest "
                            + "published; `private, no-store` for an editor's draft.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                    @Header(name = "Content-Disposition", description = "An attachment named after the budget.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 256))},
            content = @Content(mediaType = TableWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(responseCode = "404", description = Vintage.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "XLSX is not acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response workbook(
            @Valid @BeanParam BudgetKey key,
            @Parameter(description = "wan (万元, default) or yuan.", example = "wan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4))
            @QueryParam("unit") @DefaultValue("wan") @Pattern(regexp = "wan|yuan", message = "must be wan or yuan") String unit,
            @Parameter(description = Vintage.VERSION, example = "1") @QueryParam("version") @Min(1) @Max(Vintage.MAX_VERSION) Integer version,
            @Parameter(description = Vintage.AS_OF, example = Vintage.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = Vintage.AS_OF_MAX) String asOf,
            @Context Request request) {
        VersionRead read = visible.read(key, Vintage.of(version, asOf));
        return read.respond(request, read.tag("tables", unit), false, () -> Response
                .ok(new TableSet(tables.all(read.version(), AmountUnit.of(unit))), TableWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", TableResource.attachment(key, "tables", "xlsx")));
    }
}
