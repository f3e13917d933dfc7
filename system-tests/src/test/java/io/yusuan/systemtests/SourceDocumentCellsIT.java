package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every printed table of the source document, cell by cell, against what budget-service serves for the demo budget
 * in each of its three formats: the JSON's printed layout, the CSV and the XLSX. The expected cells are typed from the
 * document into {@code source-document/cells/410304-141-2022.tsv} as (row label, column header, amount in 万元).
 * A table matches when the served non-zero amounts are exactly the expected ones, each under its row and column, and
 * every expected 0.00 is served: a figure in another column or row fails as surely as a missing one. Titles and notes
 * are compared word for word.
 *
 * <p>Tables 12 and 13, served by performance-service, are mostly text: their every printed cell, text or amount, is typed
 * into {@code source-document/cells/410304-141-2022-performance.tsv} as (row label, column, value), and the served
 * non-empty cells must be exactly those, each in its row and column.
 *
 * <p>The same comparison runs on our own three-unit department, 区农业农村局 2022 ({@code demo/budgets/410304-301-2022.json}),
 * whose cells were computed by hand outside Yusuan ({@code further-budgets/cells/410304-301-2022.tsv}). The package is
 * loaded by this class under department code {@value #OWN_DEPARTMENT}, so that it does not depend on FurtherBudgetsIT
 * (which loads it as 301) running first or not at all.
 */
@ExtendWith(LocalStackExtension.class)
class SourceDocumentCellsIT {

    private static final String TABLES = "/api/v1/regions/410304/departments/141/budgets/2022/tables/";
    private static final String CELLS = "/source-document/cells/410304-141-2022.tsv";
    private static final String PERFORMANCE_TABLES = "/api/v1/regions/410304/departments/141/performance/2022/tables/";
    private static final String PERFORMANCE_CELLS = "/source-document/cells/410304-141-2022-performance.tsv";
    /** The three-unit department's package, loaded under this code (the package says 301). */
    static final String OWN_DEPARTMENT = "391";
    private static final String OWN_BUDGET = "/api/v1/regions/410304/departments/" + OWN_DEPARTMENT + "/budgets/2022";
    private static final String OWN_CELLS = "/further-budgets/cells/410304-301-2022.tsv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A printed amount: its row's label and its column's headers, both normalized. */
    record Cell3(String row, String column, BigDecimal amount) {
        @Override
        public String toString() {
            return "(" + row + " | " + column + " | " + amount.toPlainString() + ")";
        }
    }

    /** A printed table as typed from the document. */
    record Expected(String number, String title, List<String> notes, List<Cell3> cells) {
        @Override
        public String toString() {
            return number;
        }
    }

    private static String budgetService;
    private static String performanceService;
    private static LocalStack stack;

    @BeforeAll
    static void demoLoaded(LoadedDemo demo) {
        stack = demo.stack();
        budgetService = demo.stack().baseUrl(Service.BUDGET).toString();
        performanceService = demo.stack().baseUrl(Service.PERFORMANCE).toString();
    }

    static Stream<Expected> printedTables() {
        return read(CELLS).stream();
    }

    static Stream<Expected> ownTables() {
        return read(OWN_CELLS).stream();
    }

    static Stream<TextTable> performanceTables() {
        return readTexts(PERFORMANCE_CELLS).stream();
    }

    @ParameterizedTest(name = "table {0} as JSON")
    @MethodSource("printedTables")
    void everyPrintedCellIsInItsRowAndColumnOfTheJson(Expected expected) {
        json(expected, TABLES, false);
    }

    @ParameterizedTest(name = "table {0} as CSV")
    @MethodSource("printedTables")
    void everyPrintedCellIsInItsRowAndColumnOfTheCsv(Expected expected) {
        csv(expected, TABLES, false);
    }

    @ParameterizedTest(name = "table {0} as XLSX")
    @MethodSource("printedTables")
    void everyPrintedCellIsInItsRowAndColumnOfTheXlsx(Expected expected) throws IOException {
        xlsx(expected, TABLES, false);
    }

    @ParameterizedTest(name = "区农业农村局 table {0} as JSON")
    @MethodSource("ownTables")
    void everyHandComputedCellOfTheThreeUnitDepartmentIsInItsRowAndColumnOfTheJson(Expected expected) {
        json(expected, ownBudget() + "/tables/", true);
    }

    @ParameterizedTest(name = "区农业农村局 table {0} as CSV")
    @MethodSource("ownTables")
    void everyHandComputedCellOfTheThreeUnitDepartmentIsInItsRowAndColumnOfTheCsv(Expected expected) {
        csv(expected, ownBudget() + "/tables/", true);
    }

    @ParameterizedTest(name = "区农业农村局 table {0} as XLSX")
    @MethodSource("ownTables")
    void everyHandComputedCellOfTheThreeUnitDepartmentIsInItsRowAndColumnOfTheXlsx(Expected expected) throws IOException {
        xlsx(expected, ownBudget() + "/tables/", true);
    }

    @ParameterizedTest(name = "table {0} as JSON")
    @MethodSource("performanceTables")
    void everyPrintedCellOfThePerformanceTablesIsInItsRowAndColumnOfTheJson(TextTable expected) {
        JsonNode table = parse(given().baseUri(performanceService).accept("application/json")
                .get(PERFORMANCE_TABLES + expected.number()).then().statusCode(200).extract().asString());
        JsonNode printed = table.path("printed");
        assertThat(normal(printed.path("title").asText())).as(expected.number() + " title").isEqualTo(normal(expected.title()));
        assertThat(printed.hasNonNull("subtitle") ? normal(printed.path("subtitle").asText()) : null)
                .as(expected.number() + " subtitle").isEqualTo(expected.subtitle() == null ? null : normal(expected.subtitle()));
        int width = printed.path("width").asInt();
        List<String> headers = columnNames(expected, width);
        if (!expected.form()) {
            headers = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                List<String> path = new ArrayList<>();
                for (JsonNode row : printed.path("header")) {
                    for (JsonNode cell : row.path("cells")) {
                        int from = cell.path("column").asInt();
                        String text = cell.path("text").asText("");
                        if (c >= from && c < from + cell.path("columnSpan").asInt(1) && !text.isEmpty()
                                && (path.isEmpty() || !path.get(path.size() - 1).equals(text))) {
                            path.add(text);
                        }
                    }
                }
                headers.add(String.join("/", path));
            }
        }
        List<Line> body = new ArrayList<>();
        Map<Integer, String> covering = new HashMap<>();
        int index = 0;
        for (JsonNode row : printed.path("rows")) {
            String[] values = new String[width];
            java.util.Arrays.fill(values, "");
            for (JsonNode cell : row.path("cells")) {
                int column = cell.path("column").asInt();
                values[column] = cell.hasNonNull("amount") ? cell.path("amount").decimalValue().setScale(2, RoundingMode.HALF_UP)
                        .toPlainString() : cell.path("text").asText("");
                if (column == 0) {
                    for (int below = 1; below < cell.path("rowSpan").asInt(1); below++) {
                        covering.put(index + below, values[0]);
                    }
                }
            }
            body.add(new Line(List.of(values), covering.get(index)));
            index++;
        }
        sameTexts(expected, textCells(headers, body), "JSON");
    }

    @ParameterizedTest(name = "table {0} as CSV")
    @MethodSource("performanceTables")
    void everyPrintedCellOfThePerformanceTablesIsInItsRowAndColumnOfTheCsv(TextTable expected) {
        List<List<String>> records = csv(given().baseUri(performanceService).accept("text/csv")
                .get(PERFORMANCE_TABLES + expected.number()).then().statusCode(200).extract().asString());
        int width = records.get(0).size();
        List<String> headers = expected.form() ? columnNames(expected, width) : records.get(0);
        List<Line> body = new ArrayList<>();
        String block = null;
        for (List<String> record : records.subList(expected.form() ? 0 : 1, records.size())) {
            // a CSV has no merged cells: a blank first column is under the last one printed
            body.add(new Line(record, record.get(0).isEmpty() ? block : null));
            block = record.get(0).isEmpty() ? block : record.get(0);
        }
        sameTexts(expected, textCells(headers, body), "CSV");
    }

    @ParameterizedTest(name = "table {0} as XLSX")
    @MethodSource("performanceTables")
    void everyPrintedCellOfThePerformanceTablesIsInItsRowAndColumnOfTheXlsx(TextTable expected) throws IOException {
        byte[] bytes = given().baseUri(performanceService).accept(XLSX).get(PERFORMANCE_TABLES + expected.number())
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(normal(text(sheet, 0, 0))).as(expected.number() + " XLSX title").isEqualTo(normal(expected.title()));
            int caption = 1;
            if (expected.subtitle() != null) {
                assertThat(normal(text(sheet, 1, 0))).as(expected.number() + " XLSX subtitle").isEqualTo(normal(expected.subtitle()));
                caption = 2;
            }
            assertThat(text(sheet, caption, 0)).as(expected.number() + " XLSX 部门名称 row").startsWith("部门名称：");
            int width = sheet.getRow(sheet.getLastRowNum()).getLastCellNum();
            CellRangeAddress header = sheet.getRepeatingRows();
            List<String> headers = columnNames(expected, width);
            int first = caption + 1;
            if (header != null) {
                assertThat(header.getFirstRow()).as(expected.number() + " XLSX header rows").isEqualTo(first);
                headers = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    List<String> path = new ArrayList<>();
                    for (int r = header.getFirstRow(); r <= header.getLastRow(); r++) {
                        String text = mergedText(sheet, r, c);
                        if (text != null && (path.isEmpty() || !path.get(path.size() - 1).equals(text))) {
                            path.add(text);
                        }
                    }
                    headers.add(String.join("/", path));
                }
                first = header.getLastRow() + 1;
            }
            assertThat(expected.form()).as(expected.number() + " has column headers").isEqualTo(header == null);
            List<Line> body = new ArrayList<>();
            for (int r = first; r <= sheet.getLastRowNum(); r++) {
                List<String> record = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    record.add(cellText(sheet, r, c));
                }
                String covering = null;
                for (CellRangeAddress range : sheet.getMergedRegions()) {
                    if (range.getFirstColumn() == 0 && range.getFirstRow() < r && range.isInRange(r, 0)) {
                        covering = cellText(sheet, range.getFirstRow(), 0);
                    }
                }
                body.add(new Line(record, covering));
            }
            sameTexts(expected, textCells(headers, body), "XLSX");
        }
    }

    // ---- the tables of budget-service ------------------------------------------------------------------------------

    private static void json(Expected expected, String tables, boolean full) {
        JsonNode table = parse(given().baseUri(budgetService).accept("application/json").get(tables + expected.number())
                .then().statusCode(200).extract().asString());
        assertThat(table.path("printedInSource").asBoolean()).as(expected.number() + " printedInSource").isTrue();
        assertThat(table.path("printedTitle").asText()).as(expected.number() + " title").isEqualTo(expected.title());
        List<String> notes = new ArrayList<>();
        table.path("notes").forEach(note -> notes.add(note.asText()));
        assertThat(notes).as(expected.number() + " notes, word for word").containsExactlyElementsOf(expected.notes());
        same(expected, jsonCells(table.path("printed"), full), "JSON");
    }

    private static void csv(Expected expected, String tables, boolean full) {
        String csv = given().baseUri(budgetService).accept("text/csv").get(tables + expected.number())
                .then().statusCode(200).extract().asString();
        List<List<String>> records = csv(csv);
        assertThat(records.subList(records.size() - expected.notes().size(), records.size()).stream()
                .map(record -> record.get(0)).toList()).as(expected.number() + " CSV notes").containsExactlyElementsOf(expected.notes());
        List<String> headers = records.get(0);
        List<List<String>> body = records.subList(1, records.size() - expected.notes().size());
        same(expected, gridCells(headers, body, "（万元）", full), "CSV");
    }

    private static void xlsx(Expected expected, String tables, boolean full) throws IOException {
        byte[] bytes = given().baseUri(budgetService).accept(XLSX).get(tables + expected.number())
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).as(expected.number() + " XLSX title").isEqualTo("2022年" + expected.title());
            CellRangeAddress header = sheet.getRepeatingRows();
            int columns = sheet.getRow(header.getFirstRow()).getLastCellNum();
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                List<String> path = new ArrayList<>();
                for (int r = header.getFirstRow(); r <= header.getLastRow(); r++) {
                    String text = mergedText(sheet, r, c);
                    if (text != null && (path.isEmpty() || !path.get(path.size() - 1).equals(text))) {
                        path.add(text);
                    }
                }
                headers.add(String.join("/", path));
            }
            List<List<String>> body = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (int r = header.getLastRow() + 1; r <= sheet.getLastRowNum(); r++) {
                List<String> record = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    record.add(cellText(sheet, r, c));
                }
                if (isNote(sheet, r, columns)) {
                    notes.add(record.get(0));
                } else {
                    body.add(record);
                }
            }
            assertThat(notes).as(expected.number() + " XLSX notes").containsExactlyElementsOf(expected.notes());
            // an amount column holds numbers, never text (a code is text)
            List<String> marked = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                boolean numbers = false;
                boolean texts = false;
                for (int r = header.getLastRow() + 1; r <= header.getLastRow() + body.size(); r++) {
                    Row row = sheet.getRow(r);
                    Cell cell = row == null ? null : row.getCell(c);
                    numbers |= cell != null && cell.getCellType() == CellType.NUMERIC;
                    texts |= cell != null && cell.getCellType() == CellType.STRING;
                }
                marked.add(headers.get(c) + (numbers && !texts ? AMOUNT : ""));
            }
            same(expected, gridCells(marked, body, AMOUNT, full), "XLSX");
        }
    }

    // ---- comparing ---------------------------------------------------------------------------------------------------

    private static void same(Expected expected, List<Cell3> served, String format) {
        String what = "table " + expected.number() + " (" + format + ")";
        Map<Cell3, Integer> nonZero = new HashMap<>();
        served.stream().filter(cell -> cell.amount().signum() != 0).forEach(cell -> nonZero.merge(cell, 1, Integer::sum));
        Map<Cell3, Integer> printed = new HashMap<>();
        expected.cells().stream().filter(cell -> cell.amount().signum() != 0).forEach(cell -> printed.merge(cell, 1, Integer::sum));
        List<Cell3> missing = new ArrayList<>();
        printed.forEach((cell, count) -> {
            for (int i = nonZero.getOrDefault(cell, 0); i < count; i++) {
                missing.add(cell);
            }
        });
        List<Cell3> unexpected = new ArrayList<>();
        nonZero.forEach((cell, count) -> {
            for (int i = printed.getOrDefault(cell, 0); i < count; i++) {
                unexpected.add(cell);
            }
        });
        List<Cell3> zeros = expected.cells().stream().filter(cell -> cell.amount().signum() == 0)
                .filter(cell -> !served.contains(cell)).toList();
        assertThat(missing).as(what + ": printed cells not served in their row and column").isEmpty();
        assertThat(unexpected).as(what + ": served amounts the document does not print there").isEmpty();
        assertThat(zeros).as(what + ": cells the document prints as 0.00").isEmpty();
    }

    /** The JSON's printed layout as cells: each amount labelled by its own side's text cells. */
    private static List<Cell3> jsonCells(JsonNode printed, boolean full) {
        List<String> headers = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Boolean> amounts = new ArrayList<>();
        for (JsonNode column : printed.path("columns")) {
            List<String> path = new ArrayList<>();
            column.path("path").forEach(part -> path.add(part.asText()));
            headers.add(String.join("/", path));
            keys.add(column.path("key").asText());
            amounts.add(column.path("amount").asBoolean());
        }
        List<List<String>> body = new ArrayList<>();
        for (JsonNode row : printed.path("rows")) {
            List<String> record = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                JsonNode cell = amounts.get(i) ? row.path("amounts").path(keys.get(i)) : row.path("texts").path(keys.get(i));
                record.add(cell.isMissingNode() || cell.isNull() ? "" : amounts.get(i) ? cell.decimalValue().toPlainString()
                        : cell.asText());
            }
            body.add(record);
        }
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            marked.add(headers.get(i) + (amounts.get(i) ? AMOUNT : ""));
        }
        return gridCells(marked, body, AMOUNT, full);
    }

    private static final String AMOUNT = "\u0000amount";

    /**
     * A grid's amount cells; a column is an amount column if its header ends with {@code amountSuffix}. An amount's row
     * label is the row's text cells of the columns on its side (收入 or 支出 where the first header says so), without
     * the cells that are codes (digits only) unless {@code full}. With {@code full}, a row under a unit's row (one with a
     * 单位代码) is prefixed with that code and "›". A label that repeats on its side is suffixed #2, #3, … .
     */
    private static List<Cell3> gridCells(List<String> headers, List<List<String>> body, String amountSuffix, boolean full) {
        List<Boolean> amount = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            boolean isAmount = header.endsWith(amountSuffix);
            header = isAmount ? header.substring(0, header.length() - amountSuffix.length()) : header;
            amount.add(isAmount);
            columns.add(header);
        }
        int unitColumn = full ? columns.indexOf("单位代码") : -1;
        String unit = null;
        Map<String, Integer> seen = new HashMap<>();
        List<Cell3> cells = new ArrayList<>();
        for (List<String> row : body) {
            boolean unitRow = unitColumn >= 0 && !row.get(unitColumn).isEmpty();
            if (unitRow) {
                unit = row.get(unitColumn);
            }
            Map<String, String> labels = new HashMap<>();
            for (String side : columns.stream().map(SourceDocumentCellsIT::side).distinct().toList()) {
                List<String> label = new ArrayList<>();
                for (int t = 0; t < columns.size(); t++) {
                    String text = row.get(t);
                    if (!amount.get(t) && side(columns.get(t)).equals(side) && !text.isEmpty()
                            && (full || !text.chars().allMatch(Character::isDigit))) {
                        label.add(text);
                    }
                }
                String joined = String.join("", label);
                if (unit != null && !unitRow && !joined.isEmpty()) {
                    joined = unit + "›" + joined;
                }
                joined = normal(joined);
                int occurrence = seen.merge(side + "\u0000" + joined, 1, Integer::sum);
                labels.put(side, occurrence > 1 ? joined + "#" + occurrence : joined);
            }
            for (int c = 0; c < columns.size(); c++) {
                if (!amount.get(c) || row.get(c).isEmpty()) {
                    continue;
                }
                cells.add(new Cell3(labels.get(side(columns.get(c))), normal(columns.get(c)),
                        new BigDecimal(row.get(c)).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        return cells;
    }

    // ---- the text tables 12 and 13 -----------------------------------------------------------------------------------

    /** A printed cell of 12 or 13: its row's label, its column, its value (text, or amount with two decimals), normalized. */
    record TextCell(String row, String column, String value) {
        @Override
        public String toString() {
            return "(" + row + " | " + column + " | " + value + ")";
        }
    }

    /** A cell Yusuan serves otherwise than the document prints it, on purpose: the document's value and the served one. */
    record Served(String row, String column, String printed, String served, String why) {
    }

    /** Table 12 or 13 as typed from the document. A form (12) has no column headers: its columns are A, B, … . */
    record TextTable(String number, String title, String subtitle, List<TextCell> cells, List<Served> served) {
        boolean form() {
            return cells.stream().allMatch(cell -> cell.column().matches("[A-Z]"));
        }

        @Override
        public String toString() {
            return number;
        }
    }

    /** A served row: its cells by column, and the text of a merged first-column cell above that covers it (or null). */
    record Line(List<String> values, String covering) {
    }

    private static List<String> columnNames(TextTable expected, int width) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            names.add(String.valueOf((char) ('A' + c)));
        }
        return names;
    }

    /**
     * The non-empty cells of a served text table, each labelled by its row's first cell or the merged one covering it;
     * the k-th row under one first cell (k >= 2) is labelled "label/k".
     */
    private static List<TextCell> textCells(List<String> headers, List<Line> body) {
        List<TextCell> cells = new ArrayList<>();
        String block = "";
        int k = 1;
        for (Line line : body) {
            String own = line.values().get(0);
            if (!own.isEmpty()) {
                block = own;
                k = 1;
            } else if (line.covering() != null) {
                block = line.covering();
                k++;
            } else {
                block = "";
                k = 1;
            }
            String label = normal(block) + (k > 1 ? "/" + k : "");
            for (int c = 0; c < headers.size(); c++) {
                String value = line.values().get(c);
                if (!value.isEmpty()) {
                    cells.add(new TextCell(label, normal(headers.get(c)), normal(value)));
                }
            }
        }
        return cells;
    }

    private static void sameTexts(TextTable expected, List<TextCell> served, String format) {
        String what = "table " + expected.number() + " (" + format + ")";
        List<TextCell> wanted = new ArrayList<>(expected.cells());
        for (Served deviation : expected.served()) {
            if (!deviation.printed().isEmpty()) {
                TextCell printed = new TextCell(deviation.row(), deviation.column(), deviation.printed());
                assertThat(wanted.remove(printed)).as("the document's cell " + printed + " a served line names").isTrue();
            }
            if (!deviation.served().isEmpty()) {
                wanted.add(new TextCell(deviation.row(), deviation.column(), deviation.served()));
            }
        }
        Map<TextCell, Integer> counts = new HashMap<>();
        served.forEach(cell -> counts.merge(cell, 1, Integer::sum));
        List<TextCell> missing = new ArrayList<>();
        for (TextCell cell : wanted) {
            if (counts.getOrDefault(cell, 0) > 0) {
                counts.merge(cell, -1, Integer::sum);
            } else {
                missing.add(cell);
            }
        }
        List<TextCell> unexpected = new ArrayList<>();
        counts.forEach((cell, count) -> {
            for (int i = 0; i < count; i++) {
                unexpected.add(cell);
            }
        });
        assertThat(missing).as(what + ": printed cells not served in their row and column").isEmpty();
        assertThat(unexpected).as(what + ": served cells the document does not print there").isEmpty();
    }

    static List<TextTable> readTexts(String resource) {
        List<TextTable> tables = new ArrayList<>();
        try (InputStream in = SourceDocumentCellsIT.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String number = null;
            String title = null;
            String subtitle = null;
            List<TextCell> cells = new ArrayList<>();
            List<Served> served = new ArrayList<>();
            for (String line : (new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\ntable end").split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("table ")) {
                    if (number != null) {
                        tables.add(new TextTable(number, title, subtitle, List.copyOf(cells), List.copyOf(served)));
                    }
                    number = line.substring(6).strip();
                    title = null;
                    subtitle = null;
                    cells.clear();
                    served.clear();
                    continue;
                }
                String[] fields = line.split("\t", -1);
                switch (fields[0]) {
                    case "title" -> title = fields[1];
                    case "subtitle" -> subtitle = fields[1];
                    case "served" -> {
                        assertThat(fields).as(resource + ": " + line).hasSize(6);
                        served.add(new Served(normal(fields[1]), normal(fields[2]), normal(fields[3]), normal(fields[4]), fields[5]));
                    }
                    default -> {
                        assertThat(fields).as(resource + ": " + line).hasSize(3);
                        cells.add(new TextCell(normal(fields[0]), normal(fields[1]), normal(fields[2])));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    // ---- the three-unit department, loaded once ----------------------------------------------------------------------

    private static boolean ownLoaded;

    /** The path of the three-unit department's budget, loaded, submitted, approved and published on first use. */
    private static synchronized String ownBudget() {
        if (!ownLoaded) {
            ObjectNode body;
            try {
                body = (ObjectNode) JSON.readTree(Files.readString(
                        LocalStackExtension.projectRoot().resolve("demo/budgets/410304-301-2022.json")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ((ObjectNode) body.path("department")).put("code", OWN_DEPARTMENT);
            // the region's budget office: it edits the department's budget and, as the finance bureau, approves it
            String token = new Tokens(stack.jwt()).regionWide("410304", Tokens.BUDGET_EDITOR, Tokens.BUDGET_APPROVER);
            ok("PUT draft", given().baseUri(budgetService).auth().oauth2(token).contentType("application/json")
                    .body(body.toString()).put(OWN_BUDGET + "/draft"));
            ok("submit", given().baseUri(budgetService).auth().oauth2(token).post(OWN_BUDGET + "/draft/submit"));
            ok("approve", given().baseUri(budgetService).auth().oauth2(token).contentType("application/json")
                    .body("{\"approvalDate\": \"2022-01-28\", \"approvedBy\": \"区财政局\"}")
                    .post(OWN_BUDGET + "/draft/approve"));
            ok("publish", given().baseUri(budgetService).auth().oauth2(token).post(OWN_BUDGET + "/draft/publish"));
            ownLoaded = true;
        }
        return OWN_BUDGET;
    }

    private static void ok(String step, Response response) {
        assertThat(response.statusCode()).as("410304-301-2022.json as " + OWN_DEPARTMENT + ": " + step + " answered "
                + response.asString()).isEqualTo(200);
    }

    private static String side(String header) {
        return header.startsWith("收入/") ? "收入" : header.startsWith("支出/") ? "支出" : "";
    }

    /** Without spaces, with the full-width ：（） as :(). */
    static String normal(String text) {
        return text.replaceAll("\\s+", "").replace('：', ':').replace('（', '(').replace('）', ')');
    }

    // ---- reading -----------------------------------------------------------------------------------------------------

    static List<Expected> read(String resource) {
        List<Expected> tables = new ArrayList<>();
        Map<String, Object[]> open = new LinkedHashMap<>();
        try (InputStream in = SourceDocumentCellsIT.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String number = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("table ")) {
                    number = line.substring(6).strip();
                    open.put(number, new Object[] {null, new ArrayList<String>(), new ArrayList<Cell3>()});
                    continue;
                }
                String[] fields = line.split("\t", -1);
                Object[] table = open.get(number);
                switch (fields[0]) {
                    case "title" -> table[0] = fields[1];
                    case "note" -> cast(table[1]).add(fields[1]);
                    default -> {
                        assertThat(fields).as(resource + ": " + line).hasSize(3);
                        castCells(table[2]).add(new Cell3(normal(fields[0]), normal(fields[1]), new BigDecimal(fields[2])));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open.forEach((number, table) -> tables.add(new Expected(number, (String) table[0], cast(table[1]), castCells(table[2]))));
        return tables;
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object list) {
        return (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<Cell3> castCells(Object list) {
        return (List<Cell3>) list;
    }

    /** RFC 4180 records: fields separated by commas, a quoted field's quotes doubled. */
    static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A note: a row merged from the first column across the whole table. */
    private static boolean isNote(Sheet sheet, int row, int columns) {
        return columns > 1 && sheet.getMergedRegions().stream().anyMatch(range -> range.getFirstRow() == row
                && range.getLastRow() == row && range.getFirstColumn() == 0 && range.getLastColumn() == columns - 1);
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
    }

    /** A header cell's text, or the text of the merged region it lies in. */
    private static String mergedText(Sheet sheet, int row, int column) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.isInRange(row, column)) {
                return text(sheet, range.getFirstRow(), range.getFirstColumn());
            }
        }
        String text = text(sheet, row, column);
        return text == null || text.isEmpty() ? null : text;
    }

    private static String cellText(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP).toPlainString();
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }
}
