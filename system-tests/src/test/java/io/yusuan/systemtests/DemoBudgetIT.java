package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yusuan.localrun.DemoData;
import io.yusuan.localrun.DemoOutcome;
import io.yusuan.localrun.Service;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo data as {@code ./run} loads it: the source document's budget loaded, approved and published through
 * the real services (budget-service checking every code with the real catalog-service over HTTP), then its
 * performance targets (compared with the document in {@link SourceDocumentPerformanceIT}); all left as they are by a
 * second load, as a second {@code ./run} does.
 */
@ExtendWith(LocalStackExtension.class)
class DemoBudgetIT {

    private static final String BUDGET = "/api/v1/regions/410304/departments/141/budgets/2022";

    @Test
    void theSourceDocumentsBudgetIsLoadedApprovedAndPublished(LoadedDemo demo) {
        // The budget is the first step; the performance targets that need it published come after it.
        assertThat(demo.outcomes()).first().satisfies(outcome -> {
            assertThat(outcome.what()).isEqualTo("budget 410304/141/2022 河南省洛阳市瀍河回族区政务服务和大数据管理局");
            assertThat(outcome.loaded()).isTrue();
            assertThat(outcome.summary())
                    .startsWith("loaded — draft loaded from 410304-141-2022.json, submitted, approved 2022-02-01 by 区财政局, "
                            + "published as version 1. 支出总计 173.07 万元 (基本支出 134.67, 项目支出 38.40), 20 lines")
                    // The source codes 30107 绩效工资 of an administrative unit as 50501: a warning, not a rejection.
                    .contains("WARNING (CORRESPONDENCE_DEVIATION)");
        });

        // Public: no token needed to read a published budget.
        given().baseUri(demo.stack().baseUrl(Service.BUDGET).toString())
                .config(RestAssuredConfig.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get(BUDGET)
                .then()
                .statusCode(200)
                .body("departmentName", equalTo("河南省洛阳市瀍河回族区政务服务和大数据管理局"))
                .body("versions", hasSize(1))
                .body("versions[0].number", equalTo(1))
                .body("versions[0].status", equalTo("PUBLISHED"))
                .body("versions[0].approvalDate", equalTo("2022-02-01"))
                .body("versions[0].approvedBy", equalTo("区财政局"))
                .body("versions[0].publicationDeadline", equalTo("2022-02-21"))
                .body("currentVersion", equalTo(1))
                .body("totals.expenditure", comparesEqualTo(new BigDecimal("1730700.00")))
                .body("totals.basic", comparesEqualTo(new BigDecimal("1346700.00")))
                .body("totals.project", comparesEqualTo(new BigDecimal("384000.00")))
                .body("totals.lines", equalTo(20));
    }

    @Test
    void aSecondLoadFindsItPublishedAndLoadsNothing(LoadedDemo demo) throws Exception {
        List<DemoOutcome> again = DemoData.of(LocalStackExtension.projectRoot()).load(demo.stack(), outcome -> { });

        assertThat(again).hasSize(2);
        assertThat(again.get(0)).satisfies(outcome -> {
            assertThat(outcome.loaded()).isFalse();
            assertThat(outcome.summary()).isEqualTo("already published (version 1), not loaded again");
        });
        assertThat(again.get(1)).satisfies(outcome -> {
            assertThat(outcome.what()).isEqualTo("performance targets 410304/141/2022");
            assertThat(outcome.loaded()).isFalse();
            assertThat(outcome.summary()).isEqualTo("already there (overall target revision 1), not loaded again");
        });
        given().baseUri(demo.stack().baseUrl(Service.BUDGET).toString())
                .get(BUDGET)
                .then()
                .statusCode(200)
                .body("versions.status", contains("PUBLISHED"));
    }

    /** The codes are checked against catalog-service's lists for the year: an unknown one is refused, nothing stored. */
    @Test
    void aPackageWithACodeTheCatalogDoesNotKnowIsRefusedByTheRealCatalog(LoadedDemo demo) throws Exception {
        ObjectNode budgetPackage = demoPackageOf("998");
        ((ObjectNode) budgetPackage.path("expenditures").path(0)).put("functionCode", "2019888");
        String token = new Tokens(demo.stack().jwt()).scoped(Tokens.BUDGET_EDITOR, "410304", "998");
        String budget = "/api/v1/regions/410304/departments/998/budgets/2022";

        given().baseUri(demo.stack().baseUrl(Service.BUDGET).toString())
                .auth().oauth2(token)
                .contentType("application/json")
                .body(budgetPackage.toString())
                .put(budget + "/draft")
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(422))
                .body("errors.pointer", contains("/expenditures/0/functionCode"))
                .body("errors[0].message", containsString("2019888"));
        given().baseUri(demo.stack().baseUrl(Service.BUDGET).toString())
                .auth().oauth2(token)
                .get(budget)
                .then()
                .statusCode(404);
    }

    @Test
    void aPackageWithAnItemTheCatalogMayLackLoadsWithAWarningUnderItsOwnName(LoadedDemo demo) throws Exception {
        ObjectNode budgetPackage = demoPackageOf("997");
        ((ObjectNode) budgetPackage.path("expenditures").path(0)).put("functionCode", "2010388")
                .put("functionName", "政务数据共享");
        String token = new Tokens(demo.stack().jwt()).scoped(Tokens.BUDGET_EDITOR, "410304", "997");

        given().baseUri(demo.stack().baseUrl(Service.BUDGET).toString())
                .auth().oauth2(token)
                .contentType("application/json")
                .body(budgetPackage.toString())
                .put("/api/v1/regions/410304/departments/997/budgets/2022/draft")
                .then()
                .statusCode(200)
                .body("findings.find { it.code == 'UNLISTED_CODE' }.severity", equalTo("WARNING"))
                .body("findings.find { it.code == 'UNLISTED_CODE' }.message", containsString("2010388 政务数据共享"));
    }

    /** The demo's package, as another department of the same region. */
    private static ObjectNode demoPackageOf(String department) throws java.io.IOException {
        ObjectNode budgetPackage = (ObjectNode) new ObjectMapper().readTree(Files.readString(
                LocalStackExtension.projectRoot().resolve("demo/budgets/410304-141-2022.json")));
        ((ObjectNode) budgetPackage.path("department")).put("code", department);
        return budgetPackage;
    }
}
