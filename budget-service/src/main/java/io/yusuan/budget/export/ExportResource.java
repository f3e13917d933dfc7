package io.yusuan.budget.export;

import io.vertx.ext.web.RoutingContext;
import io.yusuan.budget.version.Vintage;
import io.yusuan.problem.Problem;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/export/{year}/lines")
@Tag(name = "Export", description = "Every line of every published budget of a year, in bulk, for a data platform.")
public class ExportResource {

    /** The header naming the newest publication the export includes, so that a client knows where to resume. */
    public static final String NEWEST_PUBLICATION = "Yusuan-Newest-Publication";

    /** NDJSON first: it is the answer to Accept: * / * or no Accept at all. */
    private static final List<Variant> VARIANTS = Variant.mediaTypes(
            MediaType.valueOf(LineExport.NDJSON), MediaType.valueOf(LineExport.CSV)).build();

    private final ExportQuery exports;

    public ExportResource(ExportQuery exports) {
        this.exports = exports;
    }

    @GET
    @Produces({LineExport.NDJSON, LineExport.CSV})
    @Operation(summary = "Every expenditure and revenue line of every published budget of a year, as NDJSON or CSV",
            description = "For each budget of the year, the lines of its latest published version (or, with `asOf`, of "
                    + "the latest version published at or before that instant): every code with its name in the "
                    + "year's classification (功能分类, 部门/政府经济分类), the unit, the project, kind, category, fund and "
                    + "amount. Streamed as the database reads it, so the first lines arrive at once and a year of "
                    + "millions of lines takes no more memory than one of a thousand. The headers and the body are of "
                    + "one snapshot: the `ETag` names it (the newest publication sequence included, and the query), "
                    + "and `Yusuan-Newest-Publication` is the newest publication instant included — pass it as `since` "
                    + "next time to get only what was published or adjusted after it; `GET /api/v1/changes` lists "
                    + "the same publications one by one. A budget's lines come together, expenditures then revenues, "
                    + "each in the package's order. `Accept: text/csv` gives CSV, `application/x-ndjson` (the default) "
                    + "NDJSON.")
    @APIResponse(responseCode = "200", description = "The lines: NDJSON (one `ExportLine` object per line) or CSV "
            + "(the same fields as columns, a header row, CRLF).",
            headers = {
                    @Header(name = "ETag", description = "The snapshot and the query, e.g. \"s17-3f2a9c4b1e7d-ndjson\".",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 128)),
                    @Header(name = NEWEST_PUBLICATION, description = "The newest publication instant included; absent "
                            + "when the export holds no budget.", schema = @Schema(type = SchemaType.STRING, maxLength = 35, format = "date-time")),
                    @Header(name = "Cache-Control", description = "no-cache: revalidate with If-None-Match.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                    @Header(name = "Vary", description = "Accept: NDJSON and CSV are served at the same address.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = {
                    @Content(mediaType = LineExport.NDJSON, schema = @Schema(implementation = ExportLine.class),
                            example = """
                                    {"region":"410304","regionName":"洛阳市瀍河回族区","department":"141","departmentName":"河南省洛阳市瀍河回族区政务服务和大数据管理局","year":2022,"version":1,"publishedAt":"2022-02-18T08:30:00Z","flow":"EXPENDITURE","lineNo":2,"unit":"141001","unitName":"河南省洛阳市瀍河回族区政务服务和大数据管理局","unitType":"ADMINISTRATIVE","functionCode":"2010301","functionName":"行政运行","kind":"BASIC","category":"PERSONNEL","project":null,"projectName":null,"projectCategory":null,"economicCode":"30101","economicName":"基本工资","governmentEconomicCode":"50101","governmentEconomicName":"工资奖金津补贴","revenueSource":null,"fund":"GENERAL_PUBLIC_BUDGET","carryover":false,"amount":334600.00}
                                    """),
                    @Content(mediaType = LineExport.CSV, schema = @Schema(type = SchemaType.STRING), example = """
                            region,regionName,department,departmentName,year,version,publishedAt,flow,lineNo,unit,unitName,unitType,functionCode,functionName,kind,category,project,projectName,projectCategory,economicCode,economicName,governmentEconomicCode,governmentEconomicName,revenueSource,fund,carryover,amount
                            410304,洛阳市瀍河回族区,141,河南省洛阳市瀍河回族区政务服务和大数据管理局,2022,1,2022-02-18T08:30:00Z,EXPENDITURE,2,141001,河南省洛阳市瀍河回族区政务服务和大数据管理局,ADMINISTRATIVE,2010301,行政运行,BASIC,PERSONNEL,,,,30101,基本工资,50101,工资奖金津补贴,,GENERAL_PUBLIC_BUDGET,false,334600.00
                            """)})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(responseCode = "406", description = "Neither NDJSON nor CSV is acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response lines(
            @Parameter(description = "Fiscal year, 4 digits.", example = "2022",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) @PathParam("year") String year,
            @Parameter(description = "Only this region and the regions under it (by the 行政区划 chain): 410304 for "
                    + "瀍河回族区, 410300 for 洛阳市 and its counties, 410000 for 河南省 (2 and 4 digits, 41 and 4103, "
                    + "work too).", example = "410304",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^([0-9]{2}|[0-9]{4}|[0-9]{6})$"))
            @QueryParam("region") @Size(max = 6) String region,
            @Parameter(description = "ISO-8601 instant: only budgets whose served version was published strictly "
                    + "after it (published or adjusted since). Typically the `Yusuan-Newest-Publication` of the last "
                    + "export.", example = "2022-02-18T08:30:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("since") @Size(max = Vintage.AS_OF_MAX) String since,
            @Parameter(description = "ISO-8601 instant: the state as published then (each budget's latest version "
                    + "published at or before it); now by default.", example = "2022-12-31T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("asOf") @Size(max = Vintage.AS_OF_MAX) String asOf,
            @Context Request request, @Context RoutingContext routing) {
        ExportRequest asked = ExportRequest.of(year, region, since, asOf);
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException();
        }
        LineExport export = exports.open(asked);
        // closes the snapshot if the body is never written (HEAD, a failed response); a written body closes it itself
        routing.addEndHandler(ended -> export.abandon());
        LineExport.Summary summary = export.summary();
        EntityTag tag = new EntityTag("s" + summary.newestSequence() + "-" + digest(asked.key()) + "-"
                + variant.getMediaType().getSubtype().replace("x-", ""));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response;
        if (notModified != null) {
            export.abandon();
            response = notModified;
        } else {
            MediaType type = variant.getMediaType();
            response = Response.ok(export, type.isCompatible(MediaType.valueOf(LineExport.CSV)) ? type.withCharset("UTF-8") : type);
            if (summary.newestPublication() != null) {
                response.header(NEWEST_PUBLICATION, summary.newestPublication().toString());
            }
        }
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, "no-cache").header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
