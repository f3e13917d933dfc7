package io.yusuan.budget.region;

import static io.restassured.RestAssured.given;
import static io.yusuan.budget.region.RegionBudgets.JIANXI;
import static io.yusuan.budget.region.RegionBudgets.LUOYANG;
import static io.yusuan.budget.region.RegionBudgets.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.yusuan.budget.fixture.Publications;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class RegionRankingResourceTest {

    private static final String RANKING = "/api/v1/regions/%s/budgets/2022/departments";

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    Publications publications;

    @BeforeEach
    void budgets() {
        RegionBudgets.stub(catalog);
        RegionBudgets.publishOnce(publications);
    }

    private static BigDecimal total(String department, String number, int section, String column) {
        return json("/api/v1/regions/" + JIANXI + "/departments/" + department + "/budgets/2022/tables/" + number
                + "?unit=yuan").get("sections").get(section).get("total").get(column).decimalValue();
    }

    /** Every item of the ranking, following next with pages of {@code limit}; each page's departmentCount checked. */
    private static List<JsonNode> all(String query, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String path = RANKING.formatted(LUOYANG) + "?includeSubregions=true&limit=" + limit + query;
        String next = "";
        int count = -1;
        do {
            JsonNode page = json(path + (next.isEmpty() ? "" : "&cursor=" + next));
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            page.get("items").forEach(items::add);
            if (count >= 0) {
                assertThat(page.get("departmentCount").asInt()).isEqualTo(count);
            }
            count = page.get("departmentCount").asInt();
            next = page.get("next").isNull() ? "" : page.get("next").asText();
        } while (!next.isEmpty());
        assertThat(items).hasSize(count);
        return items;
    }

    private static List<String> keys(List<JsonNode> items) {
        return items.stream().map(item -> item.get("region").get("code").asText() + "/"
                + item.get("department").get("code").asText()).toList();
    }

    @Test
    void eachDepartmentsFiguresAreThoseOfItsLatestPublishedTables() {
        JsonNode ranking = json(RANKING.formatted(JIANXI));
        JsonNode r2 = ranking.get("items").get(1);

        assertThat(ranking.get("departmentCount").asInt()).isEqualTo(2);
        // R1 and R2 (adjusted to the same package) tie: by department code
        assertThat(keys(List.of(ranking.get("items").get(0), r2))).containsExactly(JIANXI + "/R1", JIANXI + "/R2");
        assertThat(r2.get("version").asInt()).isEqualTo(2);
        assertThat(r2.get("region").get("name").asText()).isEqualTo("洛阳市涧西区");
        assertThat(r2.get("department").get("name").asText()).isEqualTo("瀍河回族区示范局");
        assertThat(r2.get("href").asText()).isEqualTo("/api/v1/regions/410305/departments/R2/budgets/2022");
        assertThat(r2.get("approvalDate").asText()).isEqualTo("2022-02-01");
        // approved in 2022 and published when the test runs: long after the 20 days
        assertThat(r2.get("publishedOnTime").asBoolean()).isFalse();
        assertThat(r2.get("totalRevenue").decimalValue()).isEqualByComparingTo(total("R2", "01", 0, "amount"));
        BigDecimal expenditure = total("R2", "03", 0, "total");
        BigDecimal basic = total("R2", "03", 0, "basic");
        assertThat(r2.get("totalExpenditure").decimalValue()).isEqualByComparingTo(expenditure);
        assertThat(r2.get("basicExpenditure").decimalValue()).isEqualByComparingTo(basic);
        assertThat(r2.get("projectExpenditure").decimalValue()).isEqualByComparingTo(total("R2", "03", 0, "project"));
        assertThat(r2.get("basicShare").decimalValue()).isEqualTo(basic.divide(expenditure, 4, RoundingMode.HALF_UP));
        assertThat(r2.get("basicShare").decimalValue().add(r2.get("projectShare").decimalValue()))
                .isBetween(new BigDecimal("0.9999"), new BigDecimal("1.0001"));
        assertThat(r2.get("generalPublicBudgetExpenditure").decimalValue()).isEqualByComparingTo(total("R2", "05", 0, "total"));
        assertThat(r2.get("governmentFundExpenditure").decimalValue()).isEqualByComparingTo(total("R2", "09", 0, "total"));
        BigDecimal threePublic = total("R2", "08", 0, "total");
        assertThat(r2.get("threePublic").decimalValue()).isEqualByComparingTo(threePublic).isPositive();
        // the larger package's priorYear.threePublicCosts.total
        assertThat(r2.get("threePublicPriorYear").decimalValue()).isEqualByComparingTo("193334.50");
        assertThat(r2.get("threePublicChange").decimalValue()).isEqualByComparingTo(threePublic.subtract(new BigDecimal("193334.50")));
    }

    @Test
    void pagesFollowedByCursorGiveTheWholeRankingOnceInOrder() {
        List<JsonNode> whole = all("&sort=totalExpenditure", 1000);
        List<JsonNode> paged = all("&sort=totalExpenditure", 1);

        assertThat(keys(paged)).isEqualTo(keys(whole)).contains(LUOYANG + "/R3", RegionBudgets.CHANHE + "/R4",
                JIANXI + "/R1", JIANXI + "/R2").doesNotContain(JIANXI + "/R5").doesNotHaveDuplicates();
        for (int i = 1; i < whole.size(); i++) {
            JsonNode before = whole.get(i - 1);
            JsonNode item = whole.get(i);
            int order = item.get("totalExpenditure").decimalValue().compareTo(before.get("totalExpenditure").decimalValue());
            assertThat(order).isLessThanOrEqualTo(0);
            if (order == 0) {
                assertThat(keys(List.of(before, item)).get(0)).isLessThan(keys(List.of(before, item)).get(1));
            }
        }
    }

    @Test
    void ascendingOrderRanksTheSmallestFirst() {
        List<JsonNode> ascending = all("&sort=threePublic&order=asc", 2);

        for (int i = 1; i < ascending.size(); i++) {
            assertThat(ascending.get(i).get("threePublic").decimalValue())
                    .isGreaterThanOrEqualTo(ascending.get(i - 1).get("threePublic").decimalValue());
        }
        assertThat(keys(ascending)).containsExactlyInAnyOrderElementsOf(keys(all("&sort=threePublic", 1000)));
    }

    @ParameterizedTest
    @CsvSource({"sort=name,sort", "order=up,order", "limit=0,limit", "limit=1001,limit", "cursor=bm90LW91cnM,cursor",
            "cursor=!!!,cursor", "includeSubregions=yes,includeSubregions"})
    void aBadParameterIsABadRequestNamingIt(String query, String parameter) {
        given().urlEncodingEnabled(false).when().get(RANKING.formatted(JIANXI) + "?" + query)
                .then().statusCode(400).contentType("application/problem+json").body("errors.pointer", hasItem(parameter));
    }

    @Test
    void aCursorIsReadOnlyUnderTheSortAndOrderItWasIssuedFor() {
        String next = json(RANKING.formatted(JIANXI) + "?limit=1").get("next").asText();

        given().when().get(RANKING.formatted(JIANXI) + "?limit=1&cursor=" + next).then().statusCode(200);
        given().when().get(RANKING.formatted(JIANXI) + "?limit=1&sort=threePublic&cursor=" + next)
                .then().statusCode(400).body("errors.pointer", hasItem("cursor"));
        given().when().get(RANKING.formatted(JIANXI) + "?limit=1&order=asc&cursor=" + next)
                .then().statusCode(400).body("errors.pointer", hasItem("cursor"));
    }

    @Test
    void aPageCarriesTheYearsPublicationStampAsItsETag() {
        String path = RANKING.formatted(LUOYANG) + "?includeSubregions=true&limit=2";
        String tag = given().get(path).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, must-revalidate").extract().header("ETag");
        given().header("If-None-Match", tag).get(path).then().statusCode(304);
        String otherPage = given().get(path.replace("limit=2", "limit=3")).then().statusCode(200).extract().header("ETag");
        assertThat(otherPage).isNotEqualTo(tag);
    }
}
