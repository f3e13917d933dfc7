package io.yusuan.catalog.code;

import io.yusuan.catalog.http.FormatParameter;
import io.yusuan.catalog.http.Parameters;
import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/schemes/{scheme}/years/{year}")
@Tag(name = "Codes", description = "One scheme's code list for one fiscal year: browse, look up, validate, export.")
public class CodeResource {

    /** The media type of code-list CSV, export and load alike. */
    public static final String CSV = "text/csv";

    /** Newline-delimited JSON: one code per line, for a data platform reading a whole year. */
    public static final String NDJSON = "application/x-ndjson";

    private final CodeCatalog catalog;

    public CodeResource(CodeCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A year's code list in figures: codes per level, how many are provisional, its coverage")
    @APIResponse(responseCode = "200", description = "The year's counts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such scheme or year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public YearSummary summary(
            @Parameter(description = "Scheme id.", example = "functional") @PathParam("scheme")
            @Pattern(regexp = Parameters.SCHEME, message = Parameters.SCHEME_MESSAGE) @Size(max = Parameters.SCHEME_MAX) String scheme,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year")
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) int year) {
        return catalog.summary(scheme, year);
    }

    @GET
    @Path("/codes")
    @Produces({MediaType.APPLICATION_JSON, CSV, NDJSON})
    @Operation(summary = "List, search or export a year's codes",
            description = "Filters combine. `parent` lists the codes below a code (`depth` levels down, 1 by default); "
                    + "`level` keeps one level; `q` matches a code prefix or part of the Chinese or English name. "
                    + "JSON is cursor-paged in code order. The exports ignore paging and give every matching code, "
                    + "every code of the year without filters: `Accept: text/csv` (or `format=csv`) in the load "
                    + "format, `Accept: application/x-ndjson` (or `format=ndjson`) one JSON object per line, each "
                    + "shaped like an item of the JSON page.")
    @APIResponse(responseCode = "200", description = "A page of codes, or an export of every matching code.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodePage.class)),
                       @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                               example = "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n"
                               + "201,类,,一般公共服务支出,General public services,财政部《2022年政府收支分类科目》,,\n"),
                       // OpenAPI has no schema for a sequence of objects: the schema and the example are one line's.
                       @Content(mediaType = NDJSON, schema = @Schema(implementation = CodeView.class),
                               example = "{\"code\":\"20101\",\"name\":\"人大事务\",\"nameEn\":\"People's congress affairs\","
                               + "\"year\":2022,\"level\":2,\"levelName\":\"款\",\"parent\":\"201\",\"leaf\":false,"
                               + "\"provenance\":\"财政部《2022年政府收支分类科目》\",\"provisional\":false}")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "A parameter is out of range or the cursor was not issued here.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such scheme, year, or parent code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "None of JSON, CSV and NDJSON is acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CodeSelection codes(
            @Parameter(description = "Scheme id.", example = "functional") @PathParam("scheme")
            @Pattern(regexp = Parameters.SCHEME, message = Parameters.SCHEME_MESSAGE) @Size(max = Parameters.SCHEME_MAX) String scheme,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year")
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) int year,
            @Parameter(description = "Only codes below this one.", example = "20103") @QueryParam("parent")
            @Pattern(regexp = Parameters.CODE, message = Parameters.CODE_MESSAGE) @Size(max = Parameters.CODE_MAX) String parent,
            @Parameter(description = "Levels below `parent` (or below the top) to include, 1 to 3.", example = "2")
            @QueryParam("depth") @Min(1) @Max(3) Integer depth,
            @Parameter(description = "Only codes at this level: 1 类, 2 款, 3 项.", example = "3")
            @QueryParam("level") @Min(1) @Max(3) Integer level,
            @Parameter(description = "A code prefix, or part of the Chinese or English name.", example = "行政运行")
            @QueryParam("q") @Size(max = Parameters.SEARCH_MAX) String q,
            @Parameter(description = "Page size of the JSON answer, 1 to 1000; the exports are not paged.", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @Parameter(description = "The `next` cursor of the previous JSON page.") @QueryParam("cursor") @Size(max = Parameters.CURSOR_MAX) String cursor,
            @Parameter(description = "The answer's format, for a link that cannot send Accept: `json`, `csv` or `ndjson`, "
                    + "taken as that Accept header (FormatParameter).", example = "csv",
                    schema = @Schema(enumeration = {"json", "csv", "ndjson"}))
            @QueryParam("format") @Pattern(regexp = FormatParameter.FORMATS,
                    message = "must be json, csv or ndjson") String format) {
        return catalog.select(scheme, year, new CodeQuery(parent, depth, level == null ? null : Level.ofDepth(level), q),
                cursor, limit);
    }

    @GET
    @Path("/codes/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One code, with its full path from the 类")
    @APIResponse(responseCode = "200", description = "The code and its path.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such scheme, year or code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CodeView code(
            @Parameter(description = "Scheme id.", example = "functional") @PathParam("scheme")
            @Pattern(regexp = Parameters.SCHEME, message = Parameters.SCHEME_MESSAGE) @Size(max = Parameters.SCHEME_MAX) String scheme,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year")
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) int year,
            @Parameter(in = ParameterIn.PATH, description = "The code.", example = "2010301") @PathParam("code")
            @Pattern(regexp = Parameters.CODE, message = Parameters.CODE_MESSAGE) @Size(max = Parameters.CODE_MAX) String code) {
        return catalog.code(scheme, year, code);
    }

    @POST
    @Path("/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate up to 10,000 codes in one call",
            description = "Each code is VALID, PROVISIONAL (valid; its list row is unchecked), UNLISTED (not in this "
                    + "catalogue's list but under a known parent whose codes the list may lack: usable, to be reported "
                    + "as a warning), MALFORMED, UNKNOWN or NOT_LEAF (budgets are made on its children), with its level, "
                    + "name and path where known.")
    @APIResponse(responseCode = "200", description = "One verdict per code, in the order sent.")
    @APIResponse(responseCode = "400", description = "The body is not a list of at most 10,000 codes.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such scheme or year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ValidationResult validate(
            @Parameter(description = "Scheme id.", example = "functional") @PathParam("scheme")
            @Pattern(regexp = Parameters.SCHEME, message = Parameters.SCHEME_MESSAGE) @Size(max = Parameters.SCHEME_MAX) String scheme,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year")
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) int year,
            @Valid @NotNull ValidationRequest request) {
        return catalog.validate(scheme, year, request.codes());
    }
}
