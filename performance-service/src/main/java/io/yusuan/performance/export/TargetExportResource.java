package io.yusuan.performance.export;

import io.yusuan.performance.target.CachedRead;
import io.yusuan.problem.Problem;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/export/{year}/targets")
@Tag(name = "Export", description = "Every target of a year in one streamed answer, for a data platform.")
public class TargetExportResource {

    static final String NEWEST = "Yusuan-Newest-Publication";
    /** A client revalidates every time: the export reflects every write (the ETag makes an unchanged one cheap). */
    private static final String CACHE_CONTROL = "no-cache";

    /** NDJSON first: it is the answer when Accept is absent or takes both. */
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(ExportFormat.NDJSON.mediaType),
            MediaType.valueOf(ExportFormat.CSV.mediaType)).build();

    /** A line of the source document's targets (demo/performance/410304-141-2022.json). */
    private static final String EXAMPLE_NDJSON = "{\"region\":\"410304\",\"department\":\"141\",\"departmentName\":"
            + "\"河南省洛阳市瀍河回族区政务服务和大数据管理局\",\"year\":2022,\"scope\":\"PROJECT\",\"projectCode\":"
            + "\"410304220000000006846\",\"projectName\":\"政务服务工作经费\",\"unitCode\":\"141001\",\"unitName\":"
            + "\"河南省洛阳市瀍河回族区政务服务和大数据管理局\",\"revision\":1,\"updatedAt\":\"2022-03-01T08:00:00Z\","
            + "\"indicatorNo\":1,\"tier1\":\"产出指标\",\"tier2\":\"数量指标\",\"indicator\":\"服务窗口数量\","
            + "\"target\":\"46 个\",\"normalised\":\"46 个\",\"kind\":\"QUANTITATIVE\",\"operator\":\"EQUAL\","
            + "\"value\":46,\"upperValue\":null,\"unit\":\"个\",\"weight\":null,\"actualPeriod\":\"SELF_EVALUATION\","
            + "\"actualAsOf\":\"2022-12-31\",\"actual\":46,\"grade\":null,\"score\":16.67,\"status\":\"MET\"}\n";
    private static final String EXAMPLE_CSV = "region,department,departmentName,year,scope,projectCode,projectName,unitCode,"
            + "unitName,revision,updatedAt,indicatorNo,tier1,tier2,indicator,target,normalised,kind,operator,value,"
            + "upperValue,unit,weight,actualPeriod,actualAsOf,actual,grade,score,status\r\n"
            + "410304,141,河南省洛阳市瀍河回族区政务服务和大数据管理局,2022,PROJECT,410304220000000006846,政务服务工作经费,"
            + "141001,河南省洛阳市瀍河回族区政务服务和大数据管理局,1,2022-03-01T08:00:00Z,1,产出指标,数量指标,服务窗口数量,"
            + "46 个,46 个,QUANTITATIVE,EQUAL,46,,个,,SELF_EVALUATION,2022-12-31,46,,16.67,MET\r\n";

    private final TargetExport export;

    public TargetExportResource(TargetExport export) {
        this.export = export;
    }

    @GET
    @Produces({"application/x-ndjson", "text/csv"})
    @Operation(summary = "Every indicator of every performance target of a year, as NDJSON or CSV",
            description = "One line per indicator (三级指标) of every target of the year, the department's overall target "
                    + "(部门整体绩效目标) and each project's (项目绩效目标): region, department, scope, project, 一级/二级/三级 "
                    + "指标, the 指标值 as written and as parsed (kind, operator, value, unit), weight, and the latest actuals "
                    + "reported (self-evaluation first) with their score where they score (project targets). NDJSON "
                    + "(`application/x-ndjson`, the default) has every key on every line, null where absent; CSV "
                    + "(`text/csv`, UTF-8, CRLF) has a header row and the same fields as columns, in the same order. "
                    + "Streamed from a database cursor. The ETag names the snapshot and "
                    + "`Yusuan-Newest-Publication` the newest write or actuals included: pass it as `since` to resume.")
    @APIResponse(responseCode = "200", description = "The lines.",
            headers = {@Header(name = "ETag", description = "Of the snapshot (every write changes it) and the query.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 36)),
                       @Header(name = NEWEST, description = "ISO instant of the newest write or report of actuals "
                               + "included; absent when no target is.", schema = @Schema(type = SchemaType.STRING, maxLength = 35,
                               format = "date-time", example = "2022-03-01T08:00:00Z")),
                       @Header(name = "Cache-Control", description = "no-cache.", schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                       @Header(name = "Vary", description = "Accept.", schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = {@Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = ExportRecord.class),
                               example = EXAMPLE_NDJSON),
                       @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                               example = EXAMPLE_CSV)})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "406", description = "Neither NDJSON nor CSV is acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response targets(
            @Parameter(description = "Fiscal year, 2000 to 2100.", example = "2022", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "2000", maximum = "2100")) @PathParam("year") int year,
            @Parameter(description = "Only this region and the regions under it: a division code of 2, 4 or 6 digits "
                    + "(41 河南省, 4103 or 410300 洛阳市, 410304 瀍河回族区), matched by code prefix.", example = "410304",
                    schema = @Schema(type = SchemaType.STRING, pattern = "[0-9]{2}|[0-9]{4}|[0-9]{6}", maxLength = 6))
            @QueryParam("region") String region,
            @Parameter(description = "Only targets written, or with actuals recorded, strictly after this ISO-8601 "
                    + "instant.", example = "2022-03-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING,
                    format = "date-time", maxLength = 35)) @QueryParam("since") String since,
            @Context Request request) {
        ExportQuery query = ExportQuery.of(year, region, since);
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException();
        }
        ExportFormat format = variant.getMediaType().isCompatible(MediaType.valueOf(ExportFormat.CSV.mediaType))
                ? ExportFormat.CSV : ExportFormat.NDJSON;
        TargetExport.Snapshot snapshot = export.snapshot(query);
        EntityTag tag = CachedRead.tag(snapshot.state(), query, format);
        Response.ResponseBuilder answer = request.evaluatePreconditions(tag);
        if (answer == null) {
            answer = Response.ok((StreamingOutput) out -> export.write(query, format, out),
                            format == ExportFormat.CSV ? format.mediaType + ";charset=UTF-8" : format.mediaType)
                    .header("Content-Disposition", "attachment; filename=\"targets-" + year + "." + format.extension + "\"");
        }
        if (snapshot.newest() != null) {
            answer.header(NEWEST, snapshot.newest().toInstant().toString());
        }
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }
}
