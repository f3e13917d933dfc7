package io.yusuan.budget.load;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.stub.InjectServiceStub;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A package past a field's limits is a 400 naming the field by JSON pointer, and nothing is stored: never a 500 from
 * the database (numeric(18,2) overflow, a null where a value is required).
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class PackageLimitsTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/L01/budgets/2022";

    @InjectServiceStub
    WireMockServer catalog;

    @BeforeEach
    void catalogAnswers() {
        CatalogStubs.answer2022(catalog);
    }

    private static void assertRefused(Consumer<ObjectNode> fault, String pointer) {
        ObjectNode budget = Packages.source("L01");
        fault.accept(budget);
        given().contentType(ContentType.JSON).body(budget.toString()).when().put(BUDGET + "/draft").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem(pointer));
        given().when().get(BUDGET).then().statusCode(404);
    }

    @Test
    void aPackageWithoutExpendituresIs400() {
        assertRefused(budget -> budget.remove("expenditures"), "/expenditures");
    }

    @Test
    void anAmountOf1e16OrMoreIs400() {
        assertRefused(budget -> line(budget, 0).put("amount", new BigDecimal("1e16")), "/expenditures/0/amount");
        assertRefused(budget -> ((ObjectNode) budget.get("revenues").get(0)).put("amount", new BigDecimal("1e16")),
                "/revenues/0/amount");
        assertRefused(budget -> ((ObjectNode) budget.get("priorYear")).put("totalRevenue", new BigDecimal("1e16")),
                "/priorYear/totalRevenue");
    }

    @Test
    void a300KbDepartmentNameIs400() {
        assertRefused(budget -> ((ObjectNode) budget.get("department")).put("name", "局".repeat(300 * 1024)),
                "/department/name");
    }

    @Test
    void aCodeOrFreeTextPastItsLengthIs400() {
        assertRefused(budget -> line(budget, 0).put("economicCode", "3".repeat(33)), "/expenditures/0/economicCode");
        assertRefused(budget -> ((ObjectNode) budget.get("profile")).put("organisation", "机".repeat(20_001)),
                "/profile/organisation");
    }

    @Test
    void anImplausibleDateOrYearIs400() {
        assertRefused(budget -> ((ObjectNode) budget.get("assets")).put("asOf", "+57331-01-12"), "/assets/asOf");
        assertRefused(budget -> budget.put("fiscalYear", 99999), "/fiscalYear");
    }

    @Test
    void aNegativeCountIs400() {
        assertRefused(budget -> ((ObjectNode) budget.get("assets").get("vehicles")).put("general", -1),
                "/assets/vehicles/general");
    }

    @Test
    void moreUnitsThanADepartmentHasIs400() {
        assertRefused(budget -> {
            ArrayNode units = (ArrayNode) budget.get("units");
            for (int i = 0; i < BudgetPackage.MAX_UNITS; i++) {
                units.addObject().put("code", "U" + i).put("name", "单位").put("type", "OTHER");
            }
        }, "/units");
    }

    @Test
    void aDutyOfNullIs400() {
        assertRefused(budget -> ((ArrayNode) budget.get("profile").get("duties")).addNull(), "/profile/duties/10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"revenues", "projects", "procurement", "transferPayments", "assets", "priorYear",
            "explanations", "profile"})
    void aPackageWithoutAnOptionalPartIsJudgedNotFailed(String part) {
        ObjectNode budget = Packages.source("L02");
        budget.remove(part);
        int status = given().contentType(ContentType.JSON).body(budget.toString())
                .when().put("/api/v1/regions/410304/departments/L02/budgets/2022/draft").then()
                .contentType(org.hamcrest.Matchers.startsWith("application/")).extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(status).as(part).isIn(200, 422);
    }

    @Test
    void theOpenApiDocumentStatesTheLimits() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("components.schemas.BudgetDepartment.properties.name.maxLength", is(BudgetPackage.NAME))
                .body("components.schemas.ExpenditureLine.properties.amount.minimum", is(0))
                .body("components.schemas.BudgetPackage.properties.expenditures.maxItems", is(BudgetPackage.MAX_LINES))
                .body("components.schemas.BudgetUnit.properties.code.maxLength", is(BudgetPackage.CODE));
    }

    private static ObjectNode line(ObjectNode budget, int index) {
        return (ObjectNode) budget.get("expenditures").get(index);
    }
}
