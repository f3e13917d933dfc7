package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.yusuan.generator.BudgetPackage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;

/**
 * A year's region roll-ups ({@code GET /api/v1/regions/{region}/budgets/{year}/tables/{nn}}) and department rankings
 * ({@code .../departments}) as budget-service serves them, and the published department tables they are checked
 * against, read through the public API: for the system tests that publish a small province and compare the two.
 */
final class RegionReads {

    /** A roll-up asked for: a region, with or without the regions under it. */
    record Scope(String region, boolean includeSubregions) {

        /** Whether a department of {@code departmentRegion} counts in this roll-up. */
        boolean covers(String departmentRegion) {
            return departmentRegion.equals(region)
                    || includeSubregions && departmentRegion.startsWith(shortCode(region));
        }

        String query() {
            return "includeSubregions=" + includeSubregions;
        }

        @Override
        public String toString() {
            return region + (includeSubregions ? " with its subregions" : " alone");
        }
    }

    /** A published budget: its latest published package, its public budget view, and its tables as served. */
    record Published(BudgetPackage budget, JsonNode view, Map<String, JsonNode> tables) {

        String region() {
            return budget.region().code();
        }

        String key() {
            return RegionReads.key(budget);
        }

        /** The newest PUBLISHED version of the public view: the one the budget's tables show. */
        JsonNode latestVersion() {
            JsonNode latest = null;
            for (JsonNode version : view.path("versions")) {
                if (version.path("status").asText().equals("PUBLISHED")
                        && (latest == null || version.path("number").asInt() > latest.path("number").asInt())) {
                    latest = version;
                }
            }
            return latest;
        }

        OffsetDateTime publishedAt() {
            return OffsetDateTime.parse(latestVersion().path("publishedAt").asText());
        }

        BigDecimal total(String table, String section, String column) {
            for (JsonNode node : tables.get(table).path("sections")) {
                if (node.path("key").asText().equals(section)) {
                    JsonNode amount = node.path("total").path(column);
                    return amount.isMissingNode() ? BigDecimal.ZERO : amount.decimalValue();
                }
            }
            return BigDecimal.ZERO;
        }
    }

    private static final Http HTTP = new Http();

    private final URI budgetService;
    private final int year;

    RegionReads(URI budgetService, int year) {
        this.budgetService = budgetService;
        this.year = year;
    }

    /**
     * The budget as the public reads it: its view and each of {@code tables} (as a roll-up's query names it, 07 with its
     * classification) of its latest published version, in yuan.
     */
    Published published(BudgetPackage budget, List<String> tables) {
        Map<String, JsonNode> read = new LinkedHashMap<>();
        for (String table : tables) {
            read.put(table, ok(HTTP.get(budgetService, "/api/v1/" + budget.path() + "/tables/" + table
                    + (table.contains("?") ? "&" : "?") + "unit=yuan", null)));
        }
        return new Published(budget, ok(HTTP.get(budgetService, "/api/v1/" + budget.path(), null)), read);
    }

    /** The roll-up of the scope's table, in yuan. */
    JsonNode rollup(Scope scope, String table) {
        return ok(HTTP.get(budgetService, rollupPath(scope, table) + "&unit=yuan", null));
    }

    /** The roll-up's path and query, without the unit. */
    String rollupPath(Scope scope, String table) {
        String number = table.substring(0, 2);
        String classification = table.length() > 2 ? "&" + table.substring(3) : "";
        return "/api/v1/regions/" + scope.region() + "/budgets/" + year + "/tables/" + number + "?" + scope.query()
                + classification;
    }

    /**
     * Asserts that the roll-up's every cell is the sum of the same cell over the {@code covered} departments' own
     * tables, and that it counts exactly them.
     */
    static void isTheSumOf(SoftAssertions soft, JsonNode rollup, List<Published> covered, String table, String at) {
        TableCells expected = covered.stream().map(budget -> TableCells.of(budget.tables().get(table)))
                .reduce(TableCells.empty(), TableCells::plus);
        soft.assertThat(TableCells.of(rollup).differences(expected)).as(at + ": cells that are not the sum over "
                + covered.size() + " departments").isEmpty();
        soft.assertThat(rollup.path("departmentCount").asInt(-1)).as(at + ": departmentCount").isEqualTo(covered.size());
    }

    /**
     * Every item of the ranking, page by page, following {@code next} until there is none; a page with a {@code next}
     * must be full, and there must be no more pages than {@code departments} (the most the scope can cover) fill.
     */
    List<JsonNode> ranking(Scope scope, String sort, String order, int limit, int departments) {
        String first = "/api/v1/regions/" + scope.region() + "/budgets/" + year + "/departments?" + scope.query()
                + "&sort=" + sort + "&order=" + order + "&limit=" + limit;
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        int expected = -1;
        for (int page = 0; page <= departments / limit + 1; page++) {
            JsonNode answer = ok(HTTP.get(budgetService, first + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), null));
            assertThat(answer.path("items").size()).as(scope + " page " + page + " of at most " + limit).isLessThanOrEqualTo(limit);
            answer.path("items").forEach(items::add);
            expected = answer.path("departmentCount").asInt(-1);
            if (answer.path("next").isNull() || answer.path("next").isMissingNode()) {
                assertThat(items).as(scope + ": every item, its departmentCount").hasSize(expected);
                return items;
            }
            assertThat(answer.path("items").size()).as(scope + ": a page with a next is full").isEqualTo(limit);
            cursor = answer.path("next").asText();
        }
        throw new AssertionError(scope + ": still a next after " + items.size() + " items of " + expected);
    }

    /** Asserts that the ranking's items are the published budgets the scope covers, each once. */
    static void coversEachPublishedBudgetOnce(SoftAssertions soft, List<JsonNode> items, Scope scope,
            Collection<Published> published) {
        soft.assertThat(items.stream().map(RegionReads::name).toList()).as(scope + ": every published budget it covers,"
                        + " once each").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(published.stream().filter(budget -> scope.covers(budget.region()))
                        .map(Published::key).toList());
    }

    /** A ranking item's region/department, as {@link #key} names a budget. */
    static String name(JsonNode item) {
        return item.path("region").path("code").asText() + "/" + item.path("department").path("code").asText();
    }

    static String key(BudgetPackage budget) {
        return budget.region().code() + "/" + budget.department().code();
    }

    static JsonNode ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** The code a 6-digit region has in region.path_codes: 410000 → 41, 410300 → 4103, 410304 → 410304. */
    static String shortCode(String region) {
        String code = region;
        while (code.length() > 2 && code.endsWith("00")) {
            code = code.substring(0, code.length() - 2);
        }
        return code;
    }
}
