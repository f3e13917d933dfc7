package io.yusuan.budget.region;

import io.yusuan.budget.table.AmountUnit;
import io.yusuan.budget.table.TableCsvWriter;
import io.yusuan.budget.table.TableDefinition;
import io.yusuan.budget.table.TableResource;
import io.yusuan.budget.version.Freshness;
import io.yusuan.budget.version.VersionRead;
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
import jakarta.ws.rs.core.EntityTag;
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

@Path("/api/v1/regions/{region}/budgets/{year}")
@Tag(name = "Region roll-ups", description = "A region's published department budgets at once: tables summed over "
        + "them, and the departments ranked.")
public class RegionResource {

    private static final String SUBREGIONS = "Also count the departments of every region under it (410300: 410304, "
            + "410305 …), as the catalog's administrative divisions nest.";

    private static final String STAMP_TAG = "The year's publication stamp and the question: it changes when any budget "
            + "of the year is published or adjusted, and is the same on every instance. Send it back as If-None-Match.";
    private static final String REVALIDATED = "`public, max-age=60, must-revalidate`: a publication may change the answer.";

    private final RegionTables tables;
    private final DepartmentRanking ranking;

    public RegionResource(RegionTables tables, DepartmentRanking ranking) {
        this.tables = tables;
        this.ranking = ranking;
    }

    @GET
    @Path("/tables/{number}")
    @Produces({MediaType.APPLICATION_JSON, TableResource.CSV, TableResource.XLSX})
    @Operation(summary = "A standard table summed over a region's published department budgets",
            description = "Tables 01, 03, 04, 05, 06, 07 and 08, summed in exact yuan over the latest published version "
                    + "of every department budget of the fiscal year in the region (with `includeSubregions=true`, also "
                    + "in every region under it); drafts and superseded versions never count. The same table as a "
                    + "department's, in the same units and media types: its printed rows by unit (03, 05) are by region "
                    + "here. The JSON adds the region, how many budgets are summed and the newest publication among them.")
    @APIResponse(responseCode = "200", description = "The region's table.",
            headers = {
                    @Header(name = "Content-Disposition", description = "For CSV and XLSX: an attachment named after "
                            + "the region, year and table.", schema = @Schema(type = SchemaType.STRING, maxLength = 256)),
                    @Header(name = "ETag", description = STAMP_TAG, schema = @Schema(type = SchemaType.STRING, maxLength = 128)),
                    @Header(name = "Cache-Control", description = REVALIDATED,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionTable.class)),
                    @Content(mediaType = TableResource.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 10000000),
                            example = "编码,名称,合计（万元）,基本支出/小计（万元）,...\r\n\"\",合计,3461.40,2693.40,...\r\n"),
                    @Content(mediaType = TableResource.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10000000))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the ETag of this media type, "
            + "and no budget of the year has been published since.")
    @APIResponse(responseCode = "400", description = "A malformed region, year or parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A table that does not roll up (02, 09, 10, 11): the problem names "
            + "the ones that do.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "None of JSON, CSV and XLSX is acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response table(
            @Valid @BeanParam RegionYear key,
            @Parameter(description = "Table number: 01, 03, 04, 05, 06, 07 or 08.", example = "05",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2)) @PathParam("number")
            @Pattern(regexp = "[0-9]{2}", message = "must be a table number of two digits") String number,
            @Parameter(description = SUBREGIONS, example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("includeSubregions") @DefaultValue("false")
            @Pattern(regexp = "true|false", message = "must be true or false") String includeSubregions,
            @Parameter(description = "wan (万元, default) or yuan.", example = "wan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4))
            @QueryParam("unit") @DefaultValue("wan") @Pattern(regexp = "wan|yuan", message = "must be wan or yuan") String unit,
            @Parameter(description = "Table 07 only: government (default) or department.", example = "government",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 10))
            @QueryParam("classification") @DefaultValue("government")
            @Pattern(regexp = "government|department", message = "must be government or department") String classification,
            @Context Request request) {
        boolean byDepartmentCode = "department".equals(classification);
        TableDefinition definition = RegionTables.definition(number, byDepartmentCode);
        String extension = TableResource.extension(request);
        RegionScope scope = new RegionScope(key.region(), Boolean.parseBoolean(includeSubregions));
        RegionReads.Stamped<RegionTable> stamped = tables.table(scope, key.year(), definition, AmountUnit.of(unit),
                byDepartmentCode);
        RegionTable table = stamped.answer();
        String attachment = "attachment; filename=\"" + key.region() + "-" + key.year()
                + (scope.includeSubregions() ? "-with-subregions" : "") + "-table-" + definition.number() + "." + extension
                + "\"";
        return VersionRead.respond(request, new EntityTag(stamped.tag().getValue() + "-" + extension),
                Freshness.REVALIDATED, true, () -> switch (extension) {
                    case "json" -> Response.ok(table, MediaType.APPLICATION_JSON_TYPE);
                    case "csv" -> Response.ok(table.table(), TableCsvWriter.CONTENT_TYPE)
                            .header("Content-Disposition", attachment);
                    default -> Response.ok(table.table(), TableResource.XLSX).header("Content-Disposition", attachment);
                });
    }

    @GET
    @Path("/departments")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rank a region's departments by a figure of their published budgets",
            description = "Each department budget of the year in the region (and, on request, in the regions under it), "
                    + "with the figures of its latest published version: totals, basic and project shares, 三公 against "
                    + "the prior year the package states, and whether it was published within 20 days of its approval. "
                    + "Paged by cursor (keyset): pass `next` back as `cursor` with the same sort and order.")
    @APIResponse(responseCode = "200", description = "One page of the ranking.",
            headers = {
                    @Header(name = "ETag", description = STAMP_TAG, schema = @Schema(type = SchemaType.STRING, maxLength = 128)),
                    @Header(name = "Cache-Control", description = REVALIDATED,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RankingPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the ETag, and no budget of the "
            + "year has been published since.")
    @APIResponse(responseCode = "400", description = "A malformed region or year, or a bad sort, order, limit or cursor: "
            + "the problem names the parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response departments(
            @Valid @BeanParam RegionYear key,
            @Parameter(description = "The figure ranked by: " + RankingSort.NAMES + ".", example = "totalExpenditure",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, enumeration = {"totalRevenue",
                            "totalExpenditure", "basicExpenditure", "projectExpenditure", "generalPublicBudgetExpenditure",
                            "governmentFundExpenditure", "threePublic"}))
            @QueryParam("sort") @DefaultValue("totalExpenditure") @Size(max = 40) String sort,
            @Parameter(description = "desc (largest first, default) or asc.", example = "desc",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4))
            @QueryParam("order") @DefaultValue("desc") @Pattern(regexp = "asc|desc", message = "must be asc or desc") String order,
            @Parameter(description = "Page size, 1 to 1000.", example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000"))
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(1000) int limit,
            @Parameter(description = "The `next` cursor of the previous page.", schema = @Schema(type = SchemaType.STRING, maxLength = 512))
            @QueryParam("cursor") @Size(max = 512) String cursor,
            @Parameter(description = SUBREGIONS, example = "false", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("includeSubregions") @DefaultValue("false")
            @Pattern(regexp = "true|false", message = "must be true or false") String includeSubregions,
            @Context Request request) {
        RankingSort by = RankingSort.of(sort);
        boolean descending = "desc".equals(order);
        RegionReads.Stamped<RankingPage> page = ranking.page(new RegionScope(key.region(),
                Boolean.parseBoolean(includeSubregions)), key.year(), by, descending, limit,
                RankingCursor.parse(cursor, by, descending));
        return VersionRead.respond(request, page.tag(), Freshness.REVALIDATED, false,
                () -> Response.ok(page.answer(), MediaType.APPLICATION_JSON_TYPE));
    }
}
