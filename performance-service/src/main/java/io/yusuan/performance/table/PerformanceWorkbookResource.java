package io.yusuan.performance.table;

import io.yusuan.performance.budget.BudgetClient;
import io.yusuan.performance.budget.BudgetRefused;
import io.yusuan.printed.PrintedLayout;
import io.yusuan.printed.PrintedWorkbook;
import io.yusuan.problem.DependencyUnavailableProblem;
import io.yusuan.problem.NotFoundProblem;
import io.yusuan.problem.Problem;
import io.yusuan.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    /** Stands in the ETag's digest for a table the year has none of, so that 12-only and 13-only never collide. */
    private static final byte[] NO_TABLE = {0};

    private final PerformanceTables tables;
    private final BudgetClient budget;
    private final TableAnswer answer;

    public PerformanceWorkbookResource(PerformanceTables tables, BudgetClient budget, TableAnswer answer) {
        this.tables = tables;
        this.budget = budget;
        this.answer = answer;
    }

    @GET
    @Produces(TableAnswer.XLSX)
    @Operation(summary = "Tables 01 to 13, as one XLSX workbook",
            description = "The disclosure's thirteen tables in one workbook: the sheets `01 部门收支预算表` … `11 项目支出预算表` "
                    + "exactly as budget-service's `GET /api/v1/regions/{region}/departments/{department}/budgets/{year}/"
                    + "tables.xlsx` answers them (fetched from budget-service, of the published budget version the targets "
                    + "were written against, so that 01–11 and 12–13 state the same budget), then `12 部门（单位）整体绩效目标表` "
                    + "and `13 部门预算项目绩效目标表` as `.../performance/{year}/tables/12` and `/13` answer them in XLSX. "
                    + "The combined workbook lives in performance-service because budget-service must not depend on it. "
                    + "A year with project targets but no overall target has no sheet 12 (and the reverse: no sheet 13). "
                    + "Amounts in 万元. The ETag is of what the workbook states — the published budget version behind 01–11 (a "
                    + "published version never changes) and the content of tables 12 and 13 — not of the bytes, so a "
                    + "request with If-None-Match of the current ETag answers 304 without asking budget-service for its "
                    + "workbook; `Vary: Accept`.")
    @APIResponse(responseCode = "200", description = "The workbook.",
            headers = {@Header(name = "ETag", description = "Of the published budget version behind tables 01–11 and the "
                               + "content of tables 12 and 13.",
                               schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "Vary", description = "Accept.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = TableAnswer.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match; budget-service is "
            + "not asked for its workbook.")
    @APIResponse(responseCode = "400", description = "The year is not a number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No performance targets for the year, or budget-service has no "
            + "published version of the budget they were written against.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "XLSX is not acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "budget-service refused the request for its workbook.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "budget-service did not answer in time; try again later.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response workbook(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Context Request request) {
        Integer version = tables.budgetVersion(region, department, year).orElseThrow(() -> new NotFoundProblem(
                "No performance targets " + year + " of department " + department + " in region " + region + "."));
        Table12 table12 = ifAny(() -> tables.table12(region, department, year));
        Table13 table13 = ifAny(() -> tables.table13(region, department, year));

        List<PrintedTable> printed = new ArrayList<>();
        // what the workbook reflects: the (immutable) published budget version behind 01–11, and tables 12 and 13 as
        // their own ETags see them; not budget-service's bytes, which POI stamps with the time they were written
        List<byte[]> contents = new ArrayList<>(List.of(
                ("tables 01-11 of published budget version " + version).getBytes(StandardCharsets.UTF_8)));
        contents.add(table12 == null ? NO_TABLE : answer.serialised(table12));
        contents.add(table13 == null ? NO_TABLE : answer.serialised(table13));
        if (table12 != null) {
            printed.add(table12.printed());
        }
        if (table13 != null) {
            printed.add(table13.printed());
        }
        EntityTag tag = TableAnswer.tag(TableAnswer.Format.XLSX, contents.toArray(byte[][]::new));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            // before budget-service is asked for its workbook: a revalidation costs it no call
            return TableAnswer.cached(notModified, tag).build();
        }
        byte[] budgetTables = budgetTables(region, department, year, version);
        StreamingOutput workbook = out -> append(budgetTables, printed.stream().map(PrintedTable::layout).toList(), out);
        return TableAnswer.cached(Response.ok(workbook, TableAnswer.XLSX), tag)
                .header("Content-Disposition", TableAnswer.attachment(
                        PerformanceTableResource.file(region, department, year, "tables"), TableAnswer.Format.XLSX))
                .build();
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
            throw new ProblemException(502, "dependency-refused", "Dependency refused",
                    "budget-service answered " + refused.status() + " to the request for its tables workbook.");
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

    /** The table, or null when the year has none (404). */
    private static <T> T ifAny(Supplier<T> table) {
        try {
            return table.get();
        } catch (NotFoundProblem none) {
            return null;
        }
    }
}
