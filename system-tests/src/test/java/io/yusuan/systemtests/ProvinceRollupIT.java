package io.yusuan.systemtests;

import static io.yusuan.systemtests.RegionReads.name;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.yusuan.generator.BudgetPackage;
import io.yusuan.generator.CatalogLists;
import io.yusuan.generator.ProvinceGenerator;
import io.yusuan.generator.Publisher;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import io.yusuan.systemtests.RegionReads.Published;
import io.yusuan.systemtests.RegionReads.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The province benchmark's generator ({@link ProvinceGenerator}) at a system test's size: 洛阳市 (4103) — 市本级
 * (410300) and its 14 counties, departments shared alike among the fifteen fiscal levels — generated, published
 * through the real services with the benchmark's {@link Publisher}, and its roll-ups checked against the departments'
 * own tables, read through the public API: each cell of 01, 05 and 07 (both classifications), in yuan, is the sum of
 * the same cell over the departments a roll-up covers; 410300 with its subregions counts every budget published and
 * without them only 市本级's; the counties and 市本级 add up to the prefecture; and the ranking by total expenditure
 * pages through every department in the order of their tables.
 *
 * <p>The year is 2021, which no other system test writes (the shared stack holds other tests' budgets of 2022–2024):
 * every budget of the year is one of these.
 */
@ExtendWith(LocalStackExtension.class)
class ProvinceRollupIT {

    private static final int YEAR = 2021;
    private static final long SEED = 2021;
    private static final String PREFECTURE = "410300";
    /** Six departments for each of the fifteen fiscal levels: a ranking of several pages, a load of well under a minute. */
    private static final int BUDGETS = 90;
    private static final int LOADERS = 3;
    private static final int PAGE = 8;
    private static final List<String> TABLES = List.of("01", "05", "07?classification=government",
            "07?classification=department");

    private static RegionReads reads;
    /** 洛阳市's counties, as the year's catalogue lists its fiscal levels. */
    private static List<String> counties;
    /** Every published budget of the year, by region/department. */
    private static final Map<String, Published> PUBLISHED = new TreeMap<>();

    @BeforeAll
    static void publishLuoyangAsTheProvinceGeneratorMakesIt(LocalStack stack) throws Exception {
        Tokens tokens = new Tokens(stack.jwt());
        Publisher publisher = new Publisher(stack.baseUrl(Service.BUDGET), (role, region, departments) ->
                tokens.scoped(role, region, departments.toArray(new String[0])));
        reads = new RegionReads(stack.baseUrl(Service.BUDGET), YEAR);
        CatalogLists lists = CatalogLists.shipped(LocalStackExtension.projectRoot(), YEAR);
        counties = lists.fiscalLevels("4103").stream().map(CatalogLists.Region::code)
                .filter(code -> !code.equals(PREFECTURE)).toList();
        long start = System.nanoTime();

        List<BudgetPackage> luoyang = ProvinceGenerator.generate(lists, SEED, BUDGETS, "4103");
        publisher.publishAll(luoyang, LOADERS);
        for (BudgetPackage budget : luoyang) {
            PUBLISHED.put(RegionReads.key(budget), reads.published(budget, TABLES));
        }
        long lines = luoyang.stream().mapToLong(budget -> budget.expenditures().size()).sum();
        System.out.printf("[ProvinceRollupIT] %d budgets of 4103 (%d expenditure lines) published and their tables read"
                + " in %.1f s%n", PUBLISHED.size(), lines, (System.nanoTime() - start) / 1e9);
    }

    @Test
    void everyRollUpCellOfThePrefectureAndEachCountyIsTheSumOfTheSameCellOverItsDepartmentTables() {
        List<Scope> scopes = new ArrayList<>(List.of(new Scope(PREFECTURE, true), new Scope(PREFECTURE, false)));
        counties.forEach(county -> scopes.add(new Scope(county, false)));
        SoftAssertions soft = new SoftAssertions();
        for (Scope scope : scopes) {
            List<Published> covered = covered(scope);
            soft.assertThat(covered).as(scope + ": departments published").isNotEmpty();
            for (String table : TABLES) {
                RegionReads.isTheSumOf(soft, reads.rollup(scope, table), covered, table, scope + ", table " + table);
            }
        }
        soft.assertAll();
    }

    @Test
    void thePrefectureWithItsSubregionsCountsEveryPublishedBudgetAndAloneOnlyTheDepartmentsOfItsOwnLevel() {
        int own = covered(new Scope(PREFECTURE, false)).size();
        assertThat(counties).as("洛阳市's counties").hasSize(14);
        SoftAssertions soft = new SoftAssertions();
        for (String table : TABLES) {
            soft.assertThat(reads.rollup(new Scope(PREFECTURE, true), table).path("departmentCount").asInt(-1))
                    .as("table " + table + ": 410300 with its subregions").isEqualTo(BUDGETS);
            soft.assertThat(reads.rollup(new Scope(PREFECTURE, false), table).path("departmentCount").asInt(-1))
                    .as("table " + table + ": 410300 alone, 市本级's departments").isEqualTo(own)
                    .isPositive().isLessThan(BUDGETS);
        }
        soft.assertAll();
    }

    @Test
    void theCountiesAndThePrefecturesOwnLevelAddUpToThePrefectureWithItsSubregions() {
        SoftAssertions soft = new SoftAssertions();
        for (String table : TABLES) {
            JsonNode own = reads.rollup(new Scope(PREFECTURE, false), table);
            TableCells sum = TableCells.of(own);
            int count = own.path("departmentCount").asInt();
            for (String county : counties) {
                JsonNode alone = reads.rollup(new Scope(county, false), table);
                soft.assertThat(reads.rollup(new Scope(county, true), table).path("departmentCount").asInt(-1))
                        .as("table " + table + ": " + county + " has no region under it")
                        .isEqualTo(alone.path("departmentCount").asInt());
                sum = sum.plus(TableCells.of(alone));
                count += alone.path("departmentCount").asInt();
            }
            JsonNode luoyang = reads.rollup(new Scope(PREFECTURE, true), table);
            soft.assertThat(TableCells.of(luoyang).differences(sum))
                    .as("table " + table + ": 410300 with its subregions against its 14 counties + 410300's own")
                    .isEmpty();
            soft.assertThat(luoyang.path("departmentCount").asInt()).as("table " + table + ": 410300's departments")
                    .isEqualTo(count);
            soft.assertThat(sum.anyNonZero()).as("table " + table + ": the counties and 410300 have figures").isTrue();
        }
        soft.assertAll();
    }

    @Test
    void rankingByTotalExpenditurePagesThroughEveryPublishedDepartmentInDescendingOrderOfTable01() {
        Scope luoyang = new Scope(PREFECTURE, true);
        List<JsonNode> items = reads.ranking(luoyang, "totalExpenditure", "desc", PAGE, BUDGETS);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(items).as("every published budget, over pages of " + PAGE).hasSize(BUDGETS);
        RegionReads.coversEachPublishedBudgetOnce(soft, items, luoyang, PUBLISHED.values());
        List<BigDecimal> ownTotals = new ArrayList<>();
        for (JsonNode item : items) {
            Published budget = PUBLISHED.get(name(item));
            if (budget != null) {
                BigDecimal total = budget.total("01", "expenditure", "amount");
                soft.assertThat(item.path("totalExpenditure").decimalValue()).as(name(item) + ": totalExpenditure")
                        .isEqualByComparingTo(total);
                ownTotals.add(total);
            }
        }
        soft.assertThat(ownTotals).as("each ranked department's table 01 支出总计, in the ranking's order")
                .isSortedAccordingTo(Comparator.reverseOrder());
        soft.assertAll();
    }

    private static List<Published> covered(Scope scope) {
        return PUBLISHED.values().stream().filter(budget -> scope.covers(budget.region())).toList();
    }
}
