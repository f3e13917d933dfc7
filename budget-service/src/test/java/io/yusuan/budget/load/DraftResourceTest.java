package io.yusuan.budget.load;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class DraftResourceTest {

    private static final String BUDGETS = "/api/v1/regions/410304/departments/{department}/budgets/2022";

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void catalogAnswers() {
        CatalogStubs.answer2022(catalog);
    }

    @AfterEach
    void reset() {
        catalog.resetAll();
        circuitBreakers.resetAll();
    }

    @Inject
    javax.sql.DataSource dataSource;

    /** The chain of parents budget-service keeps for a region, as roll-ups over regions will read it. */
    private String regionPath(String region) {
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("select path_codes from region where code = ?")) {
            select.setString(1, region);
            try (var row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.response.ValidatableResponse put(String department, ObjectNode budget) {
        return given().contentType(ContentType.JSON).body(budget.toString())
                .when().put(BUDGETS + "/draft", department).then();
    }

    @Test
    void loadsTheSourceDocumentsPackageAsADraftWithItsTotalsAndFindings() {
        put("301", Packages.source("301"))
                .statusCode(200)
                .header("ETag", containsString("v1r1"))
                .body("version", is(1))
                .body("status", is("DRAFT"))
                .body("changed", is(true))
                .body("totals.expenditure", is(1730700.00f))
                .body("totals.revenue", is(1730700.00f))
                .body("totals.basic", is(1346700.00f))
                .body("totals.personnel", is(1264400.00f))
                .body("totals.publicExpenses", is(82300.00f))
                .body("totals.project", is(384000.00f))
                .body("findings.findAll { it.code == 'CORRESPONDENCE_DEVIATION' }", hasSize(2))
                .body("findings.findAll { it.code == 'CORRESPONDENCE_DEVIATION' }.message", hasItem(containsString("30107")));
    }

    @Test
    void loadingTheSamePackageAgainChangesNothing() {
        put("302", Packages.source("302")).statusCode(200).body("revision", is(1));
        put("302", Packages.source("302")).statusCode(200).body("revision", is(1)).body("changed", is(false));
    }

    @Test
    void aChangedPackageReplacesTheDraftWhole() {
        put("303", Packages.source("303")).statusCode(200);
        ObjectNode smaller = Packages.source("303");
        ArrayNode lines = (ArrayNode) smaller.get("expenditures");
        lines.remove(lines.size() - 1);
        put("303", smaller).statusCode(200)
                .body("revision", is(2))
                .body("totals.lines", is(19))
                .body("totals.project", is(368400.00f));
    }

    private void assertRejectedAndNothingStored(Consumer<ObjectNode> fault, String pointer, String code) {
        ObjectNode budget = Packages.source("399");
        fault.accept(budget);
        put("399", budget)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://yusuan.io/problems/package-rejected"))
                .body("errors.find { it.pointer == '" + pointer + "' }.code", is(code));
        given().when().get(BUDGETS, "399").then().statusCode(404);
    }

    private static ObjectNode line(ObjectNode budget, int index) {
        return (ObjectNode) budget.get("expenditures").get(index);
    }

    @Test
    void rejectsAnUnknownFunctionalCode() {
        assertRejectedAndNothingStored(b -> line(b, 0).put("functionCode", "2019988"),
                "/expenditures/0/functionCode", "UNKNOWN_CODE");
    }

    @Test
    void rejectsAFunctionalCodeThatIsNotAtItemLevel() {
        assertRejectedAndNothingStored(b -> line(b, 0).put("functionCode", "20103"),
                "/expenditures/0/functionCode", "MALFORMED");
    }

    @Test
    void rejectsAnUnknownEconomicCode() {
        assertRejectedAndNothingStored(b -> line(b, 0).put("economicCode", "39998"),
                "/expenditures/0/economicCode", "UNKNOWN_CODE");
    }

    @Test
    void rejectsAGovernmentCodeOutsideTheClassTheCorrespondenceGives() {
        assertRejectedAndNothingStored(b -> {
            for (int i = 0; i < b.get("expenditures").size(); i++) {
                if ("30101".equals(line(b, i).path("economicCode").asText())) {
                    line(b, i).put("governmentEconomicCode", "50201");
                }
            }
        }, "/expenditures/2/governmentEconomicCode", "CORRESPONDENCE_VIOLATED");
    }

    @Test
    void rejectsAProjectLineNamingNoDeclaredProject() {
        assertRejectedAndNothingStored(b -> line(b, 14).put("project", "410304220000000099999"),
                "/expenditures/14/project", "UNDECLARED_PROJECT");
    }

    @Test
    void rejectsABasicLineWithoutCategory() {
        assertRejectedAndNothingStored(b -> line(b, 0).remove("category"), "/expenditures/0/category", "MISSING");
    }

    @Test
    void aNegativeOrOverPreciseAmountIsBeyondTheFieldsLimitsAndNothingIsStored() {
        // since issue 12 a field's limits are Bean Validation's, documented in the OpenAPI: 400, no longer the 422 of rules
        for (String amount : new String[] {"-1", "177600.001"}) {
            ObjectNode budget = Packages.source("399");
            line(budget, 0).put("amount", new java.math.BigDecimal(amount));
            put("399", budget).statusCode(400).contentType("application/problem+json")
                    .body("errors.pointer", contains("/expenditures/0/amount"));
        }
        given().when().get(BUDGETS, "399").then().statusCode(404);
    }

    @Test
    void rejectsAnUndeclaredUnit() {
        assertRejectedAndNothingStored(b -> line(b, 3).put("unit", "141009"), "/expenditures/3/unit", "UNDECLARED_UNIT");
    }

    @Test
    void aCodeTheCatalogueMayLackIsAcceptedWithAWarningAndShownUnderThePackagesName() {
        ObjectNode budget = Packages.source("321");
        line(budget, 0).put("functionCode", "2010398").put("functionName", "数据共享专项工作");
        put("321", budget).statusCode(200)
                .body("findings.find { it.code == 'UNLISTED_CODE' }.severity", is("WARNING"))
                .body("findings.find { it.code == 'UNLISTED_CODE' }.pointer", is("/expenditures/0/functionCode"))
                .body("findings.find { it.code == 'UNLISTED_CODE' }.message",
                        containsString("2010398 数据共享专项工作 was accepted although 2010398 is not in this catalogue's"));
        given().queryParam("unit", "yuan").when().get(BUDGETS + "/tables/05", "321").then().statusCode(200)
                .body(containsString("数据共享专项工作"));
    }

    @Test
    void theRegionMustBeOneTheCatalogKnowsAndItsNameIsTheCatalogs() {
        ObjectNode budget = Packages.source("323");
        ((ObjectNode) budget.get("region")).put("name", "瀍河区（旧称）");
        put("323", budget).statusCode(200);
        given().when().get(BUDGETS, "323").then().statusCode(200).body("regionName", is("洛阳市瀍河回族区"));
        assertThat(regionPath("410304")).isEqualTo("41/4103/410304");
    }

    @Test
    @TestSecurity(user = "editor", roles = Roles.EDITOR,
            attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "419999"))
    void aRegionTheCatalogDoesNotKnowIsRejected() {
        ObjectNode elsewhere = Packages.source("324");
        ((ObjectNode) elsewhere.get("region")).put("code", "419999");
        given().contentType(ContentType.JSON).body(elsewhere.toString())
                .when().put("/api/v1/regions/419999/departments/324/budgets/2022/draft")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", is("/region/code"))
                .body("errors[0].code", is("UNKNOWN_REGION"));
        given().when().get("/api/v1/regions/419999/departments/324/budgets/2022").then().statusCode(404);
    }

    @Test
    void aCodeNameBesideTheCodeIsANameOrAbsent() {
        ObjectNode budget = Packages.source("322");
        line(budget, 0).put("functionName", "");
        put("322", budget).statusCode(422).body("errors[0].pointer", is("/expenditures/0/functionName"));
    }

    @Test
    void aPackageNamingAnotherBudgetThanThePathIsABadRequest() {
        // since issue 12 a code in the body never outranks the path (and the token checked against it): 400, not 422
        ObjectNode budget = Packages.source("141");
        put("398", budget).statusCode(400).body("errors[0].pointer", is("/department/code"))
                .body("errors[0].code", is("MISMATCH"));
        given().when().get(BUDGETS, "398").then().statusCode(404);
    }

    @Test
    void aRejectedLoadLeavesTheStoredDraftAsItWas() {
        put("304", Packages.source("304")).statusCode(200);
        ObjectNode broken = Packages.source("304");
        line(broken, 0).put("functionCode", "2019988");
        put("304", broken).statusCode(422);
        given().when().get(BUDGETS, "304").then().statusCode(200)
                .body("versions[0].revision", is(1))
                .body("totals.expenditure", is(1730700.00f));
    }

    @Test
    void answers503AndStoresNothingWhenCatalogServiceIsDownWhileStoredBudgetsKeepServing() {
        put("305", Packages.source("305")).statusCode(200);
        catalog.resetAll();
        CatalogStubs.down(catalog);
        put("306", Packages.source("306"))
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", is("https://yusuan.io/problems/dependency-unavailable"));
        given().when().get(BUDGETS, "306").then().statusCode(404);
        given().when().get(BUDGETS, "305").then().statusCode(200).body("totals.expenditure", is(1730700.00f));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() {
        put("307", Packages.source("307")).statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"v1r0\"").body(Packages.source("307").toString())
                .when().put(BUDGETS + "/draft", "307")
                .then().statusCode(412).contentType("application/problem+json");
    }
}
