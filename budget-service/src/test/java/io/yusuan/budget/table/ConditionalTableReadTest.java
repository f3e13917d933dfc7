package io.yusuan.budget.table;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.fixture.Publications;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conditional reads of a table: an ETag per media type, 304 for If-None-Match with it, Vary: Accept, and a
 * Cache-Control that fits what is shown. Department 811: version 1 published, version 2 an open adjustment.
 */
@QuarkusTest
class ConditionalTableReadTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/811/budgets/2022";
    private static final String TABLE = BUDGET + "/tables/{number}";
    private static final List<String> FORMATS = List.of("application/json", "text/csv", TableWorkbook.MEDIA_TYPE);

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    Publications publications;

    @BeforeEach
    void publishVersion1AndOpenAnAdjustment() {
        if (given().when().get(BUDGET).statusCode() == 200) {
            return;
        }
        CatalogStubs.answer2022(catalog);
        publications.publish("811", Packages.source("811"));
        publications.adjust("811");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/csv", TableWorkbook.MEDIA_TYPE})
    void eachMediaTypeHasAnETagThatIfNoneMatchAnswers304To(String accept) {
        Response first = given().accept(accept).when().get(TABLE, "05");
        first.then().statusCode(200).contentType(containsString(accept)).header("Vary", containsString("Accept"));
        String tag = first.getHeader("ETag");
        assertThat(tag).startsWith("\"v1r").endsWith("\"");

        given().accept(accept).header("If-None-Match", tag).when().get(TABLE, "05").then().statusCode(304)
                .header("ETag", is(tag)).header("Cache-Control", is("public, max-age=60, must-revalidate"))
                .header("Vary", containsString("Accept")).body(emptyOrNullString());
        given().accept(accept).header("If-None-Match", "\"v0r0-05\"").when().get(TABLE, "05").then().statusCode(200);
    }

    @Test
    void theMediaTypesHaveDifferentTagsAndAnotherTypesTagIsNoMatch() {
        Set<String> tags = new HashSet<>();
        for (String accept : FORMATS) {
            tags.add(given().accept(accept).when().get(TABLE, "05").then().statusCode(200).extract().header("ETag"));
        }
        assertThat(tags).hasSize(3);
        String jsonTag = given().accept("application/json").when().get(TABLE, "05").then().extract().header("ETag");
        given().accept("text/csv").header("If-None-Match", jsonTag).when().get(TABLE, "05").then().statusCode(200)
                .contentType(containsString("text/csv"));
    }

    @Test
    void unitAndClassificationAreInTheTag() {
        String wan = given().when().get(TABLE, "07").then().statusCode(200).extract().header("ETag");
        String yuan = given().queryParam("unit", "yuan").when().get(TABLE, "07").then().statusCode(200).extract().header("ETag");
        String department = given().queryParam("classification", "department").when().get(TABLE, "07").then()
                .statusCode(200).extract().header("ETag");
        assertThat(Set.of(wan, yuan, department)).hasSize(3);
    }

    @Test
    void aPublishedVersionAskedForByNumberIsImmutable() {
        for (String accept : FORMATS) {
            given().accept(accept).queryParam("version", 1).when().get(TABLE, "05").then().statusCode(200)
                    .header("Cache-Control", is("public, max-age=31536000, immutable"));
        }
        given().queryParam("version", 1).when().get(BUDGET + "/tables.xlsx").then().statusCode(200)
                .header("Cache-Control", is("public, max-age=31536000, immutable"));
    }

    @Test
    void theLatestPublishedIsRevalidatedAndVariesByWhoAsks() {
        given().when().get(TABLE, "05").then().statusCode(200)
                .header("Cache-Control", is("public, max-age=60, must-revalidate"))
                .header("Vary", containsString("Authorization"))
                .body("version", is(1));
    }

    @Test
    @TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
    void anEditorsDraftIsNeverStored() {
        for (String path : List.of(TABLE.replace("{number}", "05"), BUDGET + "/tables.xlsx", BUDGET + "/lines",
                BUDGET + "/narrative", BUDGET + "/funding", BUDGET + "/findings", BUDGET, BUDGET + "/tables")) {
            given().when().get(path).then().statusCode(200).header("Cache-Control", is("private, no-store"))
                    .header("ETag", containsString("v2r"));
        }
        given().queryParam("version", 2).when().get(TABLE, "05").then().statusCode(200)
                .header("Cache-Control", is("private, no-store"));
        // the editor reading the published version by number reads what everyone reads
        given().queryParam("version", 1).when().get(TABLE, "05").then().statusCode(200)
                .header("Cache-Control", is("public, max-age=31536000, immutable"));
    }

    @Test
    void everyReadOfTheBudgetHasAnETagThatAnswers304() {
        for (String path : List.of(BUDGET + "/tables.xlsx", BUDGET + "/lines", BUDGET + "/narrative",
                BUDGET + "/funding", BUDGET + "/findings", BUDGET, BUDGET + "/tables", BUDGET + "/disclosure")) {
            String tag = given().when().get(path).then().statusCode(200)
                    .header("Cache-Control", is("public, max-age=60, must-revalidate")).extract().header("ETag");
            assertThat(tag).as(path).isNotBlank();
            given().header("If-None-Match", tag).when().get(path).then().statusCode(304).header("ETag", is(tag));
        }
    }

    @Test
    void linesOfAnotherPageOrFilterHaveAnotherTag() {
        String all = given().when().get(BUDGET + "/lines").then().statusCode(200).extract().header("ETag");
        String basic = given().queryParam("kind", "BASIC").when().get(BUDGET + "/lines").then().statusCode(200)
                .extract().header("ETag");
        String small = given().queryParam("limit", 2).when().get(BUDGET + "/lines").then().statusCode(200)
                .extract().header("ETag");
        assertThat(Set.of(all, basic, small)).hasSize(3);
    }

    @Test
    void anUnacceptableMediaTypeIsAProblem() {
        given().accept("application/xml").when().get(TABLE, "05").then().statusCode(406)
                .contentType("application/problem+json").body("status", is(406));
        for (String path : List.of(BUDGET + "/tables.xlsx", BUDGET + "/tables", BUDGET + "/lines", BUDGET + "/funding",
                BUDGET + "/findings", BUDGET + "/narrative", BUDGET, BUDGET + "/disclosure")) {
            given().accept("application/xml").when().get(path).then().statusCode(406)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void csvAndXlsxKeepTheirFileNames() {
        given().accept("text/csv").when().get(TABLE, "05").then().statusCode(200)
                .contentType(containsString("charset=UTF-8"))
                .header("Content-Disposition", is("attachment; filename=\"410304-811-2022-table-05.csv\""));
        given().accept(TableWorkbook.MEDIA_TYPE).when().get(TABLE, "05").then().statusCode(200)
                .header("Content-Disposition", is("attachment; filename=\"410304-811-2022-table-05.xlsx\""));
    }

    /** The first read of a published table derives it on a worker thread; a later one is answered from memory. */
    @Test
    void aPublishedTableReadAgainFromMemoryAnswersAsTheFirstRead() {
        for (String accept : FORMATS) {
            Response first = given().accept(accept).queryParam("version", 1).when().get(TABLE, "06");
            Response again = given().accept(accept).queryParam("version", 1).when().get(TABLE, "06");
            first.then().statusCode(200);
            again.then().statusCode(200);
            assertThat(again.asByteArray()).as(accept).isEqualTo(first.asByteArray());
            for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Vary", "Content-Disposition")) {
                assertThat(again.getHeader(header)).as(accept + " " + header).isEqualTo(first.getHeader(header));
            }
            given().accept(accept).queryParam("version", 1).header("If-None-Match", first.getHeader("ETag")).when()
                    .get(TABLE, "06").then().statusCode(304).header("ETag", is(first.getHeader("ETag")))
                    .header("Cache-Control", is("public, max-age=31536000, immutable")).body(emptyOrNullString());
            given().accept(accept).queryParam("version", 1).header("If-None-Match", "W/" + first.getHeader("ETag"))
                    .when().get(TABLE, "06").then().statusCode(304);
        }
        given().accept("application/xml").queryParam("version", 1).when().get(TABLE, "06").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenIsCheckedEvenWhenThePublishedTableIsInMemory() {
        given().queryParam("version", 1).when().get(TABLE, "06").then().statusCode(200);
        given().queryParam("version", 1).header("Authorization", "Bearer not-a-token").when().get(TABLE, "06").then()
                .statusCode(401);
    }
}
