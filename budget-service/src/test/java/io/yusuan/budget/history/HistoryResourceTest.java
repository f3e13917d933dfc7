package io.yusuan.budget.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.fixture.Publications;
import io.yusuan.budget.version.Roles;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public reads the history of published versions; the department's editors read the drafts' too. */
@QuarkusTest
class HistoryResourceTest {

    private static final String HISTORY = "/api/v1/regions/410304/departments/{department}/budgets/2022/history";

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    Publications publications;

    @BeforeEach
    void publishedThenAdjusted() {
        if (given().when().get(HISTORY, "H01").statusCode() == 200) {
            return;
        }
        CatalogStubs.answer2022(catalog);
        publications.publish("H01", Packages.source("H01"));
        publications.adjust("H01");
    }

    @Test
    void thePublicReadsTheEntriesOfPublishedVersionsOnly() {
        given().when().get(HISTORY, "H01").then().statusCode(200)
                .body("action", contains("DRAFT_WRITTEN", "SUBMITTED", "APPROVED", "PUBLISHED"))
                .body("version", contains(1, 1, 1, 1));
    }

    @Test
    @TestSecurity(user = "editor-H01", roles = Roles.EDITOR, attributes = {
            @SecurityAttribute(key = "region", value = "410304"), @SecurityAttribute(key = "departments", value = "H01")})
    void theDepartmentsEditorReadsTheOpenAdjustmentToo() {
        given().when().get(HISTORY, "H01").then().statusCode(200)
                .body("action", contains("DRAFT_WRITTEN", "SUBMITTED", "APPROVED", "PUBLISHED", "ADJUSTMENT_OPENED"))
                .body("[4].version", is(2))
                .body("[4].summary", is("adjustment opened from version 1"));
    }

    @Test
    @TestSecurity(user = "editor-H02", roles = Roles.EDITOR, attributes = {
            @SecurityAttribute(key = "region", value = "410304"), @SecurityAttribute(key = "departments", value = "H02")})
    void anotherDepartmentsEditorReadsWhatThePublicReads() {
        given().when().get(HISTORY, "H01").then().statusCode(200).body("action", contains("DRAFT_WRITTEN",
                "SUBMITTED", "APPROVED", "PUBLISHED"));
    }

    @Test
    void anUnknownBudgetIs404() {
        given().when().get(HISTORY, "H99").then().statusCode(404).contentType("application/problem+json");
    }
}
