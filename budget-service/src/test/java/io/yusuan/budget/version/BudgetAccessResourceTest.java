package io.yusuan.budget.version;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.fixture.Publications;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may take which step: a department's editors write and submit its drafts, the region's finance bureau approves,
 * returns and publishes; a draft is read only by the tokens acting for its department.
 */
@QuarkusTest
class BudgetAccessResourceTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/{department}/budgets/2022";
    private static final String OUT_OF_SCOPE = "https://yusuan.io/problems/out-of-scope";

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    Publications publications;

    @Inject
    Lifecycle lifecycle;

    @BeforeEach
    void catalogAnswers() {
        CatalogStubs.answer2022(catalog);
    }

    @Test
    @TestSecurity(user = "editor-142", roles = Roles.EDITOR, attributes = {
            @SecurityAttribute(key = "region", value = "410304"), @SecurityAttribute(key = "departments", value = "142")})
    void anEditorOfAnotherDepartmentWritesNothing() {
        given().contentType(ContentType.JSON).body(Packages.source("A61").toString())
                .when().put(BUDGET + "/draft", "A61").then().statusCode(403)
                .contentType("application/problem+json").body("type", is(OUT_OF_SCOPE))
                .body("detail", containsString("department A61"));
        publications.load("A61", Packages.source("A61"));
        given().when().post(BUDGET + "/draft/submit", "A61").then().statusCode(403).body("type", is(OUT_OF_SCOPE));
        given().when().post(BUDGET + "/adjustments", "A61").then().statusCode(403).body("type", is(OUT_OF_SCOPE));
        // and its draft is as absent as to the public, on every read
        for (String read : new String[] {"", "/tables", "/tables/05", "/tables.xlsx", "/lines", "/findings", "/funding",
                "/narrative", "/disclosure", "/history"}) {
            given().when().get(BUDGET + read, "A61").then().statusCode(404).contentType("application/problem+json");
        }
        given().contentType(ContentType.TEXT).body("收入总计 173.07 万元").when().post(BUDGET + "/narrative/check", "A61")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "editor-A62", roles = Roles.EDITOR, attributes = {
            @SecurityAttribute(key = "region", value = "410304"), @SecurityAttribute(key = "departments", value = "A62")})
    void anEditorSubmitsButNeitherApprovesNorPublishes() {
        given().contentType(ContentType.JSON).body(Packages.source("A62").toString())
                .when().put(BUDGET + "/draft", "A62").then().statusCode(200);
        given().when().get(BUDGET, "A62").then().statusCode(200).body("versions.status", contains("DRAFT"));
        given().when().post(BUDGET + "/draft/submit", "A62").then().statusCode(200).body("status", is("SUBMITTED"));
        approve("A62").statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post(BUDGET + "/draft/return", "A62").then().statusCode(403);
        given().when().post(BUDGET + "/draft/publish", "A62").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "bureau-410304", roles = Roles.APPROVER, attributes = @SecurityAttribute(key = "region",
            value = "410304"))
    void theFinanceBureauReturnsApprovesAndPublishesAndTheHistorySaysWhoAndWhen() {
        submitted("A63");
        given().contentType(ContentType.JSON).body(Map.of("reason", "项目支出未细化到经济分类款级科目"))
                .when().post(BUDGET + "/draft/return", "A63").then().statusCode(200).body("status", is("DRAFT"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post(BUDGET + "/draft/return", "A63").then().statusCode(409)
                .body("detail", containsString("DRAFT"));
        lifecycle.submit(new BudgetKey("410304", "A63", 2022), "editor-A63");
        approve("A63").statusCode(200).body("status", is("APPROVED"));
        given().when().post(BUDGET + "/draft/publish", "A63").then().statusCode(200).body("status", is("PUBLISHED"));

        given().when().get(BUDGET + "/history", "A63").then().statusCode(200)
                .body("action", contains("DRAFT_WRITTEN", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "PUBLISHED"))
                .body("actor", contains("budget-office", "editor-A63", "bureau-410304", "editor-A63", "bureau-410304",
                        "bureau-410304"))
                .body("version", everyItem(is(1)))
                .body("[0].summary", containsString("draft written: 1 unit, 20 lines, expenditure 1730700.00 yuan"))
                .body("[2].summary", is("returned: 项目支出未细化到经济分类款级科目"))
                .body("[4].summary", is("approved on 2022-02-01 by 区财政局"))
                .body("[5].at", endsWith("Z"));
    }

    @Test
    @TestSecurity(user = "bureau-410305", roles = Roles.APPROVER, attributes = @SecurityAttribute(key = "region",
            value = "410305"))
    void anotherRegionsBureauApprovesNothing() {
        submitted("A64");
        approve("A64").statusCode(403).body("type", is(OUT_OF_SCOPE)).body("detail", containsString("region 410304"));
        given().when().get(BUDGET, "A64").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "approver-A65", roles = Roles.APPROVER, attributes = {
            @SecurityAttribute(key = "region", value = "410304"), @SecurityAttribute(key = "departments", value = "A65")})
    void anApproverTokenNamingDepartmentsIsNoFinanceBureaus() {
        submitted("A65");
        approve("A65").statusCode(403).body("type", is(OUT_OF_SCOPE));
    }

    @Test
    @TestSecurity(user = "bureau-410304", roles = Roles.APPROVER, attributes = @SecurityAttribute(key = "region",
            value = "410304"))
    void aReturnNeedsAReasonOfAtMost2000Characters() {
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post(BUDGET + "/draft/return", "A66").then().statusCode(400)
                .contentType("application/problem+json").body("errors.pointer", contains("/reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "长".repeat(2001)))
                .when().post(BUDGET + "/draft/return", "A66").then().statusCode(400)
                .body("errors.pointer", contains("/reason"));
    }

    @Test
    @TestSecurity(user = "bureau-410304", roles = Roles.APPROVER, attributes = @SecurityAttribute(key = "region",
            value = "410304"))
    void anApprovalDateFarFromTheFiscalYearIs400() {
        submitted("A67");
        for (String date : new String[] {"+57331-01-12", "2020-12-31", "2024-01-01"}) {
            given().contentType(ContentType.JSON).body(Map.of("approvalDate", date, "approvedBy", "区财政局"))
                    .when().post(BUDGET + "/draft/approve", "A67").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.pointer", contains("/approvalDate"));
        }
        given().contentType(ContentType.JSON).body(Map.of("approvalDate", "2022-02-01", "approvedBy", "局".repeat(201)))
                .when().post(BUDGET + "/draft/approve", "A67").then().statusCode(400)
                .body("errors.pointer", contains("/approvedBy"));
        given().when().get(BUDGET, "A67").then().statusCode(200).body("versions.status", contains("SUBMITTED"));
    }

    /** The department's draft, loaded and submitted by its editor, as the bureau finds it. */
    private void submitted(String department) {
        publications.load(department, Packages.source(department));
        lifecycle.submit(new BudgetKey("410304", department, 2022), "editor-" + department);
    }

    private static io.restassured.response.ValidatableResponse approve(String department) {
        return given().contentType(ContentType.JSON).body(Map.of("approvalDate", "2022-02-01", "approvedBy", "区财政局"))
                .when().post(BUDGET + "/draft/approve", department).then();
    }
}
