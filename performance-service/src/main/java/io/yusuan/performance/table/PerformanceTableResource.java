package io.yusuan.performance.table;

import io.yusuan.http.key.BudgetKey;
import io.yusuan.performance.target.CachedRead;
import io.yusuan.performance.target.Scope;
import io.yusuan.printed.PrintedWorkbook;
import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/performance/{year}/tables")
@Tag(name = "Tables", description = "Tables 12 and 13 of the disclosure.")
public class PerformanceTableResource {

    static final String FORMATS = " The same URI answers JSON (the table's fields and, in `printed`, its printed layout row "
            + "by row), CSV (the printed rows, the header rows as one record of column names) or XLSX (one sheet laid out "
            + "like the printed table and like budget-service's sheets of tables 01–11: heading, 部门名称, 单位, merged "
            + "headers), by Accept; all three are drawn from the one printed layout. Every answer has an ETag (of the "
            + "targets' revisions and the format), `Cache-Control: public, max-age=60, must-revalidate` and `Vary: "
            + "Accept`; a request with If-None-Match of the current ETag answers 304. Amounts in 万元, from the published "
            + "budget the targets were written against.";

    static final String CSV = PrintedCsvWriter.MEDIA_TYPE;
    static final String XLSX = PrintedWorkbook.MEDIA_TYPE;

    /** In the order preferred when Accept takes several equally (or is absent). */
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(CSV), MediaType.valueOf(XLSX)).build();

    private final PerformanceTables tables;

    public PerformanceTableResource(PerformanceTables tables) {
        this.tables = tables;
    }

    @GET
    @Path("/12")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "Table 12 部门（单位）整体绩效目标表, as JSON, CSV or XLSX",
            description = "The department's overall target as the template prints it (本级部门(单位)整体绩效目标表): "
                    + "部门(单位)名称, 年度履职目标, 年度主要任务, 预算情况 (from budget-service), then 一级 › 二级 › 三级指标 "
                    + "with 指标值 as written and 指标值说明." + FORMATS)
    @APIResponse(responseCode = "200", description = "The table.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions and the format.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 36)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                       @Header(name = "Vary", description = "Accept.", schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                       @Header(name = "Content-Disposition", description = "CSV and XLSX: attachment, with a file name.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 200))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Table12.class)),
                       @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                               example = ",部门预算总额(万元),,173.07,"),
                       @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No overall target for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "None of JSON, CSV and XLSX is acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response table12(@Valid @BeanParam BudgetKey key, @Context Request request) {
        return table(request, Scope.OVERALL, key, "table-12", () -> tables.table12(key.region(), key.department(), key.year()));
    }

    @GET
    @Path("/13")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "Table 13 部门预算项目绩效目标表, as JSON, CSV or XLSX",
            description = "Every project's target as the template prints it: the 合计 row, then for each unit its subtotal "
                    + "row (单位编码 141001, 项目单位, the sum of its projects) followed by its projects in code order, each "
                    + "with 项目金额 (资金总额, 政府预算资金, 财政专户管理资金, 单位资金, from budget-service) and its 成本, "
                    + "产出, 效益 and 满意度 indicators side by side, the n-th of each on the project's n-th row." + FORMATS)
    @APIResponse(responseCode = "200", description = "The table.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions and the format.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 36)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                       @Header(name = "Vary", description = "Accept.", schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                       @Header(name = "Content-Disposition", description = "CSV and XLSX: attachment, with a file name.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 200))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Table13.class)),
                       @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                               example = "141001,河南省洛阳市瀍河回族区政务服务和大数据管理局,38.40,38.40,,,,,,,,,,"),
                       @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No project targets for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "None of JSON, CSV and XLSX is acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response table13(@Valid @BeanParam BudgetKey key, @Context Request request) {
        return table(request, Scope.PROJECT, key, "table-13", () -> tables.table13(key.region(), key.department(), key.year()));
    }

    /** The table in the variant Accept asks for, written by the MessageBodyWriter of its media type. */
    private Response table(Request request, Scope scope, BudgetKey key, String what, Supplier<?> table) {
        String file = file(key, what);
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException();
        }
        Response.ResponseBuilder answer = CachedRead.answer(request, tables.revisions(key.region(), key.department(), key.year(), scope),
                variant, table, file);
        if (!variant.getMediaType().equals(MediaType.APPLICATION_JSON_TYPE)) {
            answer.header("Content-Disposition", attachment(file, variant.getMediaType()));
        }
        return answer.build();
    }

    /** {@code attachment; filename="410304-141-2022-table-13.xlsx"}, of the characters a file name may safely have. */
    static String attachment(String file, MediaType type) {
        String extension = type.isCompatible(MediaType.valueOf(XLSX)) ? "xlsx" : "csv";
        return "attachment; filename=\"" + file.replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension + "\"";
    }

    /** {@code 410304-141-2022-table-13}. */
    static String file(BudgetKey key, String what) {
        return key.region() + "-" + key.department() + "-" + key.year() + "-" + what;
    }
}
