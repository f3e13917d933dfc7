package io.yusuan.budget.table;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/tables")
@Tag(name = "Tables", description = "The standard disclosure tables 01–11, derived from the budget's lines.")
public class TableResource {

    public static final String CSV = TableCsvWriter.MEDIA_TYPE;
    public static final String XLSX = TableWorkbook.MEDIA_TYPE;

    /** A table's media types, the first for {@code Accept: *}{@code /*}; one writer each renders the table. */
    private static final List<Variant> FORMATS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(CSV), MediaType.valueOf(XLSX)).build();

    private final VisibleVersions visible;
    private final Tables tables;

    public TableResource(VisibleVersions visible, Tables tables) {
        this.visible = visible;
        this.tables = tables;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the standard tables of the budget")
    @APIResponse(responseCode = "200", description = "Tables 01 to 11, with an ETag (the current "
            + "version and its revision) and Cache-Control: revalidated after 60 s, never stored for an editor's draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TableListing.class, maxItems = 20)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(responseCode = "404", description = "No such budget, or nothing of it is published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Valid @BeanParam BudgetKey key, @Context UriInfo uri,
            @Context Request request) {
        VersionRead read = visible.read(key, Vintage.of(null, null));
        return read.respond(request, read.tag("list"), false, () -> Response.ok(TableCatalog.all().stream()
                .map(table -> new TableListing(table.number(), table.title(), table.titleEn(),
                        uri.getRequestUri().getRawPath() + "/" + table.number())).toList()));
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
                    + "with `classification=department`. Each media type has its own ETag (`Vary: Accept`); a published "
                    + "version asked for by number is immutable, and served from memory once computed.")
    @APIResponse(responseCode = "200", description = "The table.",
            headers = {
                    @Header(name = "ETag", description = "The version, its revision, the table, unit, classification "
                            + "and media type, e.g. \"v1r4-05-wan-government-csv\".",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 128)),
                    @Header(name = "Cache-Control", description = "`public, max-age=31536000, immutable` for a published "
                            + "version asked for by number; `public, max-age=60, must-revalidate` for the latest "
                            + "published; `private, no-store` for an editor's draft.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                    @Header(name = "Vary", description = "Accept: JSON, CSV and XLSX are served at the same address "
                            + "(and Authorization where an editor's token could show the draft).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                    @Header(name = "Content-Disposition", description = "For CSV and XLSX: an attachment named after "
                            + "the budget and table.", schema = @Schema(type = SchemaType.STRING, maxLength = 256))},
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TableView.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            example = "编码,名称,合计（万元）,基本支出/小计（万元）,...\r\n\"\",合计,173.07,134.67,...\r\n"
                                    + "2010301,行政运行,108.00,108.00,...\r\n"),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the ETag of this media type.")
    @APIResponse(responseCode = "404", description = "No such budget, version or table, or nothing published by asOf.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "None of JSON, CSV and XLSX is acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> table(
            @Valid @BeanParam BudgetKey key,
            @Parameter(description = "Table number, 01 to 11.", example = "05",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2)) @PathParam("number")
            @Pattern(regexp = "[0-9]{2}", message = "must be a table number of two digits, 01 to 11") String number,
            @Parameter(description = "wan (万元, default) or yuan.", example = "wan",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4))
            @QueryParam("unit") @DefaultValue("wan") @Pattern(regexp = "wan|yuan", message = "must be wan or yuan") String unit,
            @Parameter(description = Vintage.VERSION, example = "1") @QueryParam("version") @Min(1) @Max(Vintage.MAX_VERSION) Integer version,
            @Parameter(description = Vintage.AS_OF, example = Vintage.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = Vintage.AS_OF_MAX) String asOf,
            @Parameter(description = "Table 07 only: government (default) or department.", example = "government",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 10))
            @QueryParam("classification") @DefaultValue("government")
            @Pattern(regexp = "government|department", message = "must be government or department") String classification,
            @Context Request request, @Context HttpHeaders headers) {
        boolean byDepartmentCode = "department".equals(classification);
        String table = Tables.definition(number, byDepartmentCode).number();
        Vintage vintage = Vintage.of(version, asOf);
        AmountUnit amounts = AmountUnit.of(unit);
        // The public's read of a published table already in memory is answered here, on the I/O thread, without the
        // hop to a worker: it needs no query, and no identity (a request with a token goes the whole way, for the
        // token to be checked, as on every other read).
        Optional<VersionRead> known = headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                ? visible.known(key, vintage) : Optional.empty();
        if (known.isPresent()) {
            VersionRead read = known.get();
            String extension = extension(request);
            Optional<TableView> view = tables.kept(read.version(), table, amounts, byDepartmentCode);
            if (view.isPresent()) {
                return Uni.createFrom().item(respond(read, key, table, unit, classification,
                        extension, request, view::get));
            }
        }
        // Hibernate and the reader's identity may block: anything else runs on a worker thread
        return Uni.createFrom().item(() -> {
            VersionRead read = visible.read(key, vintage);
            return respond(read, key, table, unit, classification, extension(request), request,
                    () -> tables.table(read.version(), table, amounts, byDepartmentCode));
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The file extension of the media type negotiated (json, csv or xlsx), or 406. */
    public static String extension(Request request) {
        Variant format = request.selectVariant(FORMATS);
        if (format == null) {
            throw new NotAcceptableException();
        }
        MediaType type = format.getMediaType();
        return type.isCompatible(MediaType.APPLICATION_JSON_TYPE) ? "json"
                : type.isCompatible(MediaType.valueOf(CSV)) ? "csv" : "xlsx";
    }

    /** The table in the media type of {@code extension}, or 304 before it is derived. */
    private static Response respond(VersionRead read, BudgetKey key, String table,
            String unit, String classification, String extension, Request request, Supplier<TableView> view) {
        return read.respond(request, read.tag(table, unit, classification, extension), true, () -> switch (extension) {
            case "json" -> Response.ok(view.get(), MediaType.APPLICATION_JSON_TYPE);
            case "csv" -> Response.ok(view.get(), TableCsvWriter.CONTENT_TYPE).header("Content-Disposition",
                    attachment(key, "table-" + table, extension));
            default -> Response.ok(view.get(), XLSX).header("Content-Disposition",
                    attachment(key, "table-" + table, extension));
        });
    }

    /**
     * {@code attachment; filename="410304-141-2022-table-05.csv"}: the key's patterns admit only letters and digits, the
     * characters a file name may safely have.
     */
    static String attachment(BudgetKey key, String what, String extension) {
        return "attachment; filename=\"" + key.region() + "-" + key.department() + "-" + key.year() + "-" + what + "."
                + extension + "\"";
    }
}
