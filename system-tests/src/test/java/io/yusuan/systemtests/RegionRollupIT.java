package io.yusuan.systemtests;

import static io.yusuan.systemtests.RegionReads.key;
import static io.yusuan.systemtests.RegionReads.name;
import static io.yusuan.systemtests.RegionReads.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.yusuan.generator.BudgetGenerator;
import io.yusuan.generator.BudgetPackage;
import io.yusuan.generator.CatalogLists;
import io.yusuan.generator.PackageJson;
import io.yusuan.generator.Publisher;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import io.yusuan.systemtests.RegionReads.Published;
import io.yusuan.systemtests.RegionReads.Scope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A finance bureau's and a province's view of a year: a small province made by budget-generator (seeded) — departments
 * in three 区 of 洛阳市 (410304, 410305, 410311) and one of 郑州市 (410102) — published through the real services as
 * budget offices publish (the department's editor loads and submits, the region's bureau approves and publishes), two
 * of them adjusted and published again, and beside them budgets that must not count: one only a draft, one approved
 * but not published, one published with an adjustment open as a draft on top.
 *
 * <p>Then the region roll-ups ({@code GET /api/v1/regions/{region}/budgets/{year}/tables/{nn}}) against the tables of
 * each department, read from the department's own table endpoints: every cell of 01, 03, 04, 05, 06, 07 (both
 * classifications) and 08, in yuan, is the sum of the same cell over the departments the region covers — its own
 * without {@code includeSubregions}, itself and every region under it with — with the right department count and
 * newest publication; and the ranking ({@code .../departments}) against the same tables.
 *
 * <p>The year is 2023, which no other system test writes: every budget of the year is one of these.
 */
@ExtendWith(LocalStackExtension.class)
class RegionRollupIT {

    private static final int YEAR = 2023;
    private static final long SEED = 20_230_101;
    /** The county-level regions and how many published departments each gets: about forty in all. */
    private static final Map<String, Integer> REGIONS = new LinkedHashMap<>();
    private static final int LOADERS = 3;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The tables that roll up, each as its query asks for it (07 in both classifications), amounts in yuan. */
    private static final List<String> TABLES = List.of("01", "03", "04", "05", "06", "07?classification=government",
            "07?classification=department", "08");

    static {
        REGIONS.put("410304", 12);
        REGIONS.put("410305", 10);
        REGIONS.put("410311", 10);
        REGIONS.put("410102", 8);
    }

    private static final Http HTTP = new Http();
    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static URI budgetService;
    private static RegionReads reads;
    /** Every published budget of the year, by region/department. */
    private static final Map<String, Published> PUBLISHED = new TreeMap<>();

    @BeforeAll
    static void publishASmallProvince(LocalStack stack) throws Exception {
        budgetService = stack.baseUrl(Service.BUDGET);
        reads = new RegionReads(budgetService, YEAR);
        Tokens tokens = new Tokens(stack.jwt());
        Publisher publisher = new Publisher(budgetService, (role, region, departments) ->
                tokens.scoped(role, region, departments.toArray(new String[0])));
        CatalogLists lists = CatalogLists.shipped(LocalStackExtension.projectRoot(), YEAR);
        long start = System.nanoTime();

        Map<String, BudgetGenerator> generators = new LinkedHashMap<>();
        Map<String, BudgetPackage> latest = new TreeMap<>();
        List<BudgetPackage> first = new ArrayList<>();
        long seed = SEED;
        for (Map.Entry<String, Integer> region : REGIONS.entrySet()) {
            BudgetGenerator generator = new BudgetGenerator(lists, region.getKey(), seed++);
            generators.put(region.getKey(), generator);
            first.addAll(generator.next(region.getValue()));
        }
        publisher.publishAll(first, LOADERS);
        first.forEach(budget -> latest.put(key(budget), budget));

        // 预算调整: two budgets published again (their first versions replaced), one with an adjustment left as a draft
        for (BudgetPackage budget : List.of(first.get(0), first.get(first.size() - 1))) {
            BudgetPackage adjusted = generators.get(budget.region().code()).adjusted(budget);
            publisher.publish(adjusted, true);
            latest.put(key(adjusted), adjusted);
        }
        BudgetPackage open = first.stream().filter(budget -> budget.region().code().equals("410305")).findFirst().orElseThrow();
        String editor = tokens.scoped(Tokens.BUDGET_EDITOR, open.region().code(), open.department().code());
        ok(HTTP.post(budgetService, "/api/v1/" + open.path() + "/adjustments", editor, null));
        ok(HTTP.put(budgetService, "/api/v1/" + open.path() + "/draft", editor,
                PackageJson.of(generators.get(open.region().code()).adjusted(open))));

        // budgets of the same regions that were never published: a draft, and one approved by the bureau
        BudgetGenerator other = generators.get("410305");
        BudgetPackage draft = other.next();
        ok(HTTP.put(budgetService, "/api/v1/" + draft.path() + "/draft",
                tokens.scoped(Tokens.BUDGET_EDITOR, draft.region().code(), draft.department().code()), PackageJson.of(draft)));
        BudgetPackage approved = other.next();
        String approvedEditor = tokens.scoped(Tokens.BUDGET_EDITOR, approved.region().code(), approved.department().code());
        String bureau = tokens.scoped(Tokens.BUDGET_APPROVER, approved.region().code());
        ok(HTTP.put(budgetService, "/api/v1/" + approved.path() + "/draft", approvedEditor, PackageJson.of(approved)));
        ok(HTTP.post(budgetService, "/api/v1/" + approved.path() + "/draft/submit", approvedEditor, null));
        ok(HTTP.post(budgetService, "/api/v1/" + approved.path() + "/draft/approve", bureau,
                "{\"approvalDate\": \"" + YEAR + "-01-20\", \"approvedBy\": \"区财政局\"}"));

        // each published budget as the public reads it: the latest published version's tables, in yuan
        for (BudgetPackage budget : latest.values()) {
            PUBLISHED.put(key(budget), reads.published(budget, TABLES));
        }
        System.out.printf("[RegionRollupIT] %d budgets published (2 adjusted), 3 more unpublished, their tables read,"
                + " in %.1f s%n", PUBLISHED.size(), (System.nanoTime() - start) / 1e9);
    }

    /** Every scope the checks ask for: each region alone and with the regions under it, up to the province. */
    private static List<Scope> scopes() {
        List<Scope> scopes = new ArrayList<>();
        for (String region : List.of("410304", "410305", "410311", "410102", "410300", "410100", "410000")) {
            scopes.add(new Scope(region, false));
            scopes.add(new Scope(region, true));
        }
        return scopes;
    }

    @Test
    void everyRollUpCellIsTheSumOfTheSameCellOverTheDepartmentTablesOfTheRegionsItCovers() {
        SoftAssertions soft = new SoftAssertions();
        for (Scope scope : scopes()) {
            List<Published> covered = PUBLISHED.values().stream().filter(budget -> scope.covers(budget.region())).toList();
            OffsetDateTime newest = covered.stream().map(Published::publishedAt).max(Comparator.naturalOrder()).orElse(null);
            for (String table : TABLES) {
                String at = scope + ", table " + table;
                JsonNode rollup = reads.rollup(scope, table);
                RegionReads.isTheSumOf(soft, rollup, covered, table, at);
                soft.assertThat(rollup.path("number").asText()).as(at + ": number").isEqualTo(table.substring(0, 2));
                soft.assertThat(rollup.path("fiscalYear").asInt()).as(at + ": fiscalYear").isEqualTo(YEAR);
                soft.assertThat(rollup.path("unit").asText()).as(at + ": unit").isEqualTo("元");
                soft.assertThat(rollup.path("region").path("code").asText()).as(at + ": region").isEqualTo(scope.region());
                covered.stream().filter(budget -> budget.region().equals(scope.region())).findFirst().ifPresent(budget ->
                        soft.assertThat(rollup.path("region").path("name").asText()).as(at + ": the region's name, as "
                                + "its budgets name it").isEqualTo(budget.view().path("regionName").asText()));
                soft.assertThat(rollup.path("includeSubregions").asBoolean(!scope.includeSubregions()))
                        .as(at + ": includeSubregions").isEqualTo(scope.includeSubregions());
                if (newest == null) {
                    soft.assertThat(rollup.path("latestPublishedAt").isNull()).as(at + ": latestPublishedAt of no "
                            + "department is null, was " + rollup.path("latestPublishedAt")).isTrue();
                } else {
                    soft.assertThat(OffsetDateTime.parse(rollup.path("latestPublishedAt").asText()).toInstant())
                            .as(at + ": latestPublishedAt").isEqualTo(newest.toInstant());
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void subregionsNestAPrefectureIsItsDistrictsAndTheProvinceItsPrefectures() {
        SoftAssertions soft = new SoftAssertions();
        for (String table : TABLES) {
            TableCells districts = TableCells.empty();
            int count = 0;
            for (String district : List.of("410304", "410305", "410311")) {
                JsonNode alone = reads.rollup(new Scope(district, false), table);
                districts = districts.plus(TableCells.of(alone));
                count += alone.path("departmentCount").asInt();
            }
            JsonNode ownOf4103 = reads.rollup(new Scope("410300", false), table);
            JsonNode luoyang = reads.rollup(new Scope("410300", true), table);
            soft.assertThat(TableCells.of(luoyang).differences(districts.plus(TableCells.of(ownOf4103))))
                    .as("table " + table + ": 410300 with its subregions against 410304 + 410305 + 410311 + 410300's own")
                    .isEmpty();
            soft.assertThat(luoyang.path("departmentCount").asInt()).as("table " + table + ": 410300's departments")
                    .isEqualTo(count + ownOf4103.path("departmentCount").asInt());
            soft.assertThat(TableCells.of(luoyang).anyNonZero()).as("table " + table + ": 410300 has figures").isTrue();

            JsonNode zhengzhou = reads.rollup(new Scope("410100", true), table);
            JsonNode henan = reads.rollup(new Scope("410000", true), table);
            soft.assertThat(TableCells.of(henan).differences(TableCells.of(luoyang).plus(TableCells.of(zhengzhou))
                            .plus(TableCells.of(reads.rollup(new Scope("410000", false), table)))))
                    .as("table " + table + ": 410000 with its subregions against 4103 + 4101 + 410000's own").isEmpty();
            soft.assertThat(TableCells.of(reads.rollup(new Scope("410300", false), table)).anyNonZero())
                    .as("table " + table + ": 410300 alone has no department of its own, so no figures").isFalse();
        }
        soft.assertAll();
    }

    @Test
    void draftsApprovedVersionsAndReplacedVersionsDoNotCountOnlyEachBudgetsLatestPublishedPackage() {
        // against the packages themselves, not the services' tables: 410305 has the draft, the approved budget and the
        // open adjustment, 410304 and 410102 an adjusted budget each
        SoftAssertions soft = new SoftAssertions();
        for (Scope scope : List.of(new Scope("410305", false), new Scope("410304", false), new Scope("410102", false),
                new Scope("410000", true))) {
            List<BudgetPackage> latest = PUBLISHED.values().stream().filter(budget -> scope.covers(budget.region()))
                    .map(Published::budget).toList();
            JsonNode rollup = reads.rollup(scope, "01");
            TableCells table01 = TableCells.of(rollup);
            soft.assertThat(rollup.path("departmentCount").asInt(-1)).as(scope + ": the published budgets")
                    .isEqualTo(latest.size());
            soft.assertThat(table01.get("expenditure/合计/amount")).as(scope + ": 01 支出总计, the packages' own")
                    .isEqualByComparingTo(latest.stream().map(BudgetPackage::totalExpenditure)
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
            soft.assertThat(table01.get("revenue/合计/amount")).as(scope + ": 01 收入总计, the packages' own")
                    .isEqualByComparingTo(latest.stream().map(BudgetPackage::totalRevenue)
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        soft.assertAll();
    }

    @Test
    void wanIsTheYuanSumRoundedOnceAndCsvAndXlsxAnswerTheSameTable() throws Exception {
        Scope luoyang = new Scope("410300", true);
        JsonNode yuan = reads.rollup(luoyang, "05");
        JsonNode wan = ok(HTTP.get(budgetService, reads.rollupPath(luoyang, "05") + "&unit=wan", null));
        TableCells inYuan = TableCells.of(yuan);
        assertThat(TableCells.of(wan).differences(inYuan.presentedIn(BigDecimal.valueOf(10_000))))
                .as("table 05 of 410300 in 万元: every cell the yuan sum rounded once").isEmpty();
        assertThat(wan.path("unit").asText()).isEqualTo("万元");

        BigDecimal total = inYuan.get("rows/合计/total");
        assertThat(total.signum()).as("410300's 05 合计").isPositive();
        HttpResponse<byte[]> csv = raw(reads.rollupPath(luoyang, "05"), "text/csv");
        assertThat(csv.statusCode()).as("CSV").isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).as("CSV's content type").startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)
                .replace("\uFEFF", ""))).getRecords();
        assertThat(records.stream().filter(record -> record.stream().anyMatch(value -> value.equals("合计")))
                .flatMap(CSVRecord::stream).filter(value -> value.matches("-?[0-9]+(\\.[0-9]+)?")).map(BigDecimal::new)
                .anyMatch(amount -> amount.compareTo(total) == 0))
                .as("the CSV's 合计 row holds 05's total in yuan, " + total).isTrue();

        HttpResponse<byte[]> xlsx = raw(reads.rollupPath(luoyang, "05"), XLSX);
        assertThat(xlsx.statusCode()).as("XLSX").isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).as("XLSX's content type").startsWith(XLSX);
        List<BigDecimal> numbers = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP));
                    }
                }
            }
        }
        assertThat(numbers).as("the XLSX's amounts include 05's total in yuan").contains(total.setScale(2));
    }

    @Test
    void rankingByTotalExpenditureDescendingPagesThroughEveryDepartmentOnceWithTheirTablesFigures() {
        Scope henan = new Scope("410000", true);
        List<JsonNode> items = reads.ranking(henan, "totalExpenditure", "desc", 7, PUBLISHED.size());
        SoftAssertions soft = new SoftAssertions();
        RegionReads.coversEachPublishedBudgetOnce(soft, items, henan, PUBLISHED.values());
        for (int i = 1; i < items.size(); i++) {
            soft.assertThat(items.get(i).path("totalExpenditure").decimalValue())
                    .as("item " + i + " after " + name(items.get(i - 1)))
                    .isLessThanOrEqualTo(items.get(i - 1).path("totalExpenditure").decimalValue());
        }
        for (JsonNode item : items) {
            agreesWithTheBudget(soft, item);
        }
        soft.assertAll();
    }

    @Test
    void rankingByThreePublicAscendingBreaksTiesByRegionThenDepartmentAndPagesThroughEveryDepartmentOnce() {
        Scope luoyang = new Scope("410300", true);
        List<JsonNode> items = reads.ranking(luoyang, "threePublic", "asc", 5, PUBLISHED.size());
        SoftAssertions soft = new SoftAssertions();
        RegionReads.coversEachPublishedBudgetOnce(soft, items, luoyang, PUBLISHED.values());
        Comparator<JsonNode> order = Comparator.<JsonNode, BigDecimal>comparing(item -> item.path("threePublic").decimalValue())
                .thenComparing(item -> item.path("region").path("code").asText())
                .thenComparing(item -> item.path("department").path("code").asText());
        for (int i = 1; i < items.size(); i++) {
            soft.assertThat(order.compare(items.get(i - 1), items.get(i))).as(name(items.get(i - 1)) + " before "
                    + name(items.get(i)) + ": 三公 ascending, then region, then department").isNegative();
        }
        for (JsonNode item : items) {
            agreesWithTheBudget(soft, item);
        }
        soft.assertThat(reads.ranking(new Scope("410300", false), "threePublic", "asc", 5, PUBLISHED.size()))
                .as("410300 alone: no department of its own").isEmpty();
        soft.assertAll();
    }

    @Test
    void aTableThatDoesNotRollUpIs404AndABadRankingParameterA400NamingIt() {
        SoftAssertions soft = new SoftAssertions();
        Http.Answer table02 = HTTP.get(budgetService, "/api/v1/regions/410300/budgets/" + YEAR + "/tables/02", null);
        soft.assertThat(table02.status()).as("table 02 of a region: " + table02).isEqualTo(404);
        soft.assertThat(table02.text()).as("the 404 names the tables that roll up").contains("01", "08");
        String ranking = "/api/v1/regions/410300/budgets/" + YEAR + "/departments?";
        for (String bad : List.of("sort=name", "order=up", "limit=0", "limit=1001", "cursor=not-a-cursor")) {
            Http.Answer answer = HTTP.get(budgetService, ranking + bad, null);
            soft.assertThat(answer.status()).as(bad + ": " + answer).isEqualTo(400);
            soft.assertThat(answer.text()).as(bad + ": the problem names the parameter")
                    .contains(bad.substring(0, bad.indexOf('=')));
        }
        soft.assertAll();
    }

    // ---- the ranking ------------------------------------------------------------------------------------------------

    /** An item's figures against the department's own tables and its budget's latest published version. */
    private static void agreesWithTheBudget(SoftAssertions soft, JsonNode item) {
        Published budget = PUBLISHED.get(name(item));
        if (budget == null) {
            soft.fail(name(item) + " is ranked but not published");
            return;
        }
        String at = name(item) + ": ";
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        expected.put("totalRevenue", budget.total("01", "revenue", "amount"));
        expected.put("totalExpenditure", budget.total("01", "expenditure", "amount"));
        expected.put("basicExpenditure", budget.total("03", "rows", "basic"));
        expected.put("projectExpenditure", budget.total("03", "rows", "project"));
        expected.put("generalPublicBudgetExpenditure", budget.total("05", "rows", "total"));
        expected.put("governmentFundExpenditure", budget.total("04", "expenditure", "governmentFund"));
        expected.put("threePublic", budget.total("08", "rows", "total"));
        expected.forEach((field, amount) -> soft.assertThat(item.path(field).decimalValue()).as(at + field)
                .isEqualByComparingTo(amount));
        BigDecimal total = expected.get("totalExpenditure");
        soft.assertThat(item.path("basicShare").decimalValue()).as(at + "basicShare")
                .isEqualByComparingTo(expected.get("basicExpenditure").divide(total, 4, RoundingMode.HALF_UP));
        soft.assertThat(item.path("projectShare").decimalValue()).as(at + "projectShare")
                .isEqualByComparingTo(expected.get("projectExpenditure").divide(total, 4, RoundingMode.HALF_UP));
        // the generated packages carry no prior-year figures
        soft.assertThat(item.path("threePublicPriorYear").isNull()).as(at + "threePublicPriorYear is null").isTrue();
        soft.assertThat(item.path("threePublicChange").isNull()).as(at + "threePublicChange is null").isTrue();

        JsonNode version = budget.latestVersion();
        soft.assertThat(item.path("version").asInt()).as(at + "version").isEqualTo(version.path("number").asInt());
        soft.assertThat(OffsetDateTime.parse(item.path("publishedAt").asText()).toInstant()).as(at + "publishedAt")
                .isEqualTo(budget.publishedAt().toInstant());
        soft.assertThat(item.path("approvalDate").asText()).as(at + "approvalDate").isEqualTo(version.path("approvalDate").asText());
        soft.assertThat(item.path("publishedOnTime")).as(at + "publishedOnTime").isEqualTo(version.path("publishedOnTime"));
        soft.assertThat(item.path("department").path("name").asText()).as(at + "department's name")
                .isEqualTo(budget.view().path("departmentName").asText());
        soft.assertThat(item.path("region").path("name").asText()).as(at + "region's name")
                .isEqualTo(budget.view().path("regionName").asText());
        soft.assertThat(item.path("href").asText()).as(at + "href").endsWith("/api/v1/" + budget.budget().path());
    }

    // ---- requests ---------------------------------------------------------------------------------------------------

    private static HttpResponse<byte[]> raw(String path, String accept) throws IOException, InterruptedException {
        return RAW.send(HttpRequest.newBuilder(budgetService.resolve(path + "&unit=yuan")).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

}
