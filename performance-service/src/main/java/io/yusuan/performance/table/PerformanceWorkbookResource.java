package io.yusuan.performance.table;

import io.yusuan.http.key.BudgetKey;
import io.yusuan.performance.budget.BudgetClient;
import io.yusuan.performance.budget.BudgetRefused;
import io.yusuan.performance.target.CachedRead;
import io.yusuan.printed.PrintedLayout;
import io.yusuan.printed.PrintedWorkbook;
import io.yusuan.problem.DependencyUnavailableProblem;
import io.yusuan.problem.NotFoundProblem;
import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The whole set of tables in one workbook: budget-service's tables 01–11 with 12 and 13 appended. It lives here
 * because the dependency runs one way (performance-service reads budget-service, never the reverse): performance-service
 * fetches budget-service's {@code tables.xlsx} through its guarded client and adds its own two sheets, streamed.
 */
@Path("/api/v1/regions/{region}/departments/{department}/performance/{year}/tables.xlsx")
@Tag(name = "Tables")
public class PerformanceWorkbookResource {

    private static final Variant XLSX_VARIANT = new Variant(MediaType.valueOf(PerformanceTableResource.XLSX),
            (String) null, null);

    private final PerformanceTables tables;
    private final BudgetClient budget;

    public PerformanceWorkbookResource(PerformanceTables tables, BudgetClient budget) {
        this.tables = tables;
        this.budget = budget;
    }

    @GET
    @Produces(PerformanceTableResource.XLSX)
    @Operation(summary = "Tables 01 to 13, as one XLSX workbook",
            description = "The disclosure's thirteen tables in one workbook: the sheets `01 部门收支预算表` … `11 项目支出预算表` "
                    + "exactly as budget-service's `GET /api/v1/regions/{region}/departments/{department}/budgets/{year}/"
                    + "tables.xlsx` answers them (fetched from budget-service, of the published budget version the targets "
                    + "were written against, so that 01–11 and 12–13 state the same budget), then `12 部门（单位）整体绩效目标表` "
                    + "and `13 部门预算项目绩效目标表` as `.../performance/{year}/tables/12` and `/13` answer them in XLSX. "
                    + "The combined workbook lives in performance-service because budget-service must not depend on it. "
                    + "A year with project targets but no overall target has no sheet 12 (and the reverse: no sheet 13). "
                    + "Amounts in 万元. The ETag is of what the workbook states — the targets' revisions, which name the "
                    + "published budget version behind 01–11 (a published version never changes) and tables 12 and 13 — "
                    + "not of the bytes, so a request with If-None-Match of the current ETag answers 304 without asking budget-service for its "
                    + "workbook; `Vary: Accept`.")
    @APIResponse(responseCode = "200", description = "The workbook.",
            headers = {@Header(name = "ETag", description = "Of the targets' revisions (which name the published budget "
                               + "version behind tables 01–11).",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 36)),
                       @Header(name = "Cache-Control", description = "public, max-age=60, must-revalidate.",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 64)),
                       @Header(name = "Content-Disposition",
                               description = "attachment; filename=\"410304-141-2022-tables.xlsx\".", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
                       @Header(name = "Vary", description = "Accept.", schema = @Schema(type = SchemaType.STRING, maxLength = 64))},
            content = @Content(mediaType = PerformanceTableResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match; budget-service is "
            + "not asked for its workbook.")
    @APIResponse(responseCode = "404", description = "No performance targets for the year, or budget-service has no "
            + "published version of the budget they were written against.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "XLSX is not acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "budget-service refused the request for its workbook.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "budget-service did not answer in time; try again later.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response workbook(@Valid @BeanParam BudgetKey key, @Context Request request) {
        return CachedRead.answer(request, tables.revisions(key.region(), key.department(), key.year(), null), XLSX_VARIANT,
                        () -> workbook(key.region(), key.department(), key.year()), "tables.xlsx")
                .header("Content-Disposition", PerformanceTableResource.attachment(
                        PerformanceTableResource.file(key, "tables"), XLSX_VARIANT.getMediaType()))
                .build();
    }

    /**
     * The workbook, streamed. Only computed when the ETag (of the targets' revisions: they name the published budget
     * version behind 01–11, which never changes) is not the one the client has, so a revalidation costs budget-service
     * no call.
     */
    private StreamingOutput workbook(String region, String department, int year) {
        Integer version = tables.budgetVersion(region, department, year).orElseThrow(() -> new NotFoundProblem(
                "No performance targets " + year + " of department " + department + " in region " + region + "."));
        List<PrintedLayout> printed = new ArrayList<>();
        ifAny(() -> tables.table12(region, department, year)).ifPresent(table -> printed.add(PrintedTable.layout(table.printed())));
        ifAny(() -> tables.table13(region, department, year)).ifPresent(table -> printed.add(PrintedTable.layout(table.printed())));
        byte[] budgetTables = budgetTables(region, department, year, version);
        return out -> append(budgetTables, printed, out);
    }

    private byte[] budgetTables(String region, String department, int year, int version) {
        try {
            return budget.tablesWorkbook(region, department, year, version);
        } catch (BudgetRefused refused) {
            if (refused.status() == 404) {
                throw new NotFoundProblem("budget-service has no published version " + version + " of the " + year
                        + " budget of department " + department + " in region " + region
                        + ", which the performance targets were written against.");
            }
            throw refused.problem("its tables workbook");
        } catch (RuntimeException unavailable) {
            throw new DependencyUnavailableProblem("budget-service", unavailable);
        }
    }

    /**
     * budget-service's workbook of tables 01–11 with the tables appended as sheets after its own. Its sheets are kept as
     * they are; a sheet of the same name as one of the tables' is replaced.
     */
    private static void append(byte[] xlsx, List<PrintedLayout> tables, OutputStream out) throws IOException {
        try (XSSFWorkbook budgetTables = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (PrintedLayout table : tables) {
                int existing = budgetTables.getSheetIndex(PrintedWorkbook.sheetName(table));
                if (existing >= 0) {
                    budgetTables.removeSheetAt(existing);
                }
            }
            PrintedWorkbook.append(budgetTables, tables, out);
        }
    }

    /** The table, or none when the year has none (404). */
    private static <T> Optional<T> ifAny(Supplier<T> table) {
        try {
            return Optional.of(table.get());
        } catch (NotFoundProblem none) {
            return Optional.empty();
        }
    }
}
