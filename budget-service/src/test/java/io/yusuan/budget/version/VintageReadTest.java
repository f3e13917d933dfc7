package io.yusuan.budget.version;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.fixture.Publications;
import io.yusuan.budget.table.TableWorkbook;
import io.yusuan.testing.stub.InjectServiceStub;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vintages: every published version stays readable by number, {@code asOf} reads what was published at an instant,
 * and a published version's tables, computed once, stay what they were after an adjustment is published.
 * Department 812: version 1 (the source package) published, then version 2 (1 万元 more on 2010301) published.
 * Department 813: published, read, then adjusted and published again.
 */
@QuarkusTest
class VintageReadTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/{department}/budgets/2022";
    private static final String TABLE_05 = BUDGET + "/tables/05";

    @InjectServiceStub
    WireMockServer catalog;

    @Inject
    Publications publications;

    @BeforeEach
    void publishTwoVersionsOf812() {
        CatalogStubs.answer2022(catalog);
        if (given().when().get(BUDGET, "812").statusCode() == 200) {
            return;
        }
        publications.publish("812", Packages.source("812"));
        publications.adjust("812");
        publications.publish("812", adjusted("812"));
    }

    /** The source package with 1 万元 more office costs (2010301, 30201), and as much more revenue. */
    private static ObjectNode adjusted(String department) {
        ObjectNode adjusted = Packages.source(department);
        ObjectNode office = (ObjectNode) adjusted.get("expenditures").get(10);
        assertThat(office.get("economicCode").asText()).isEqualTo("30201");
        office.put("amount", office.get("amount").decimalValue().add(new BigDecimal(10_000)));
        ObjectNode revenue = (ObjectNode) adjusted.get("revenues").get(0);
        revenue.put("amount", revenue.get("amount").decimalValue().add(new BigDecimal(10_000)));
        return adjusted;
    }

    /** When version {@code number} of 812 was published, as the budget lists it. */
    private static String publishedAt(int number) {
        String at = given().when().get(BUDGET, "812").then().statusCode(200).extract().jsonPath()
                .getString("versions.find { it.number == " + number + " }.publishedAt");
        return OffsetDateTime.parse(at).toInstant().toString();
    }

    /** Table 05's 行政运行 total, in 万元. */
    private static BigDecimal total2010301(JsonPath table) {
        return new BigDecimal(table.getString("sections[0].rows.find { it.code == '2010301' }.values.total"));
    }

    private static JsonPath table05(String department, String parameter, Object value) {
        return given().queryParam(parameter, value).when().get(TABLE_05, department).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void asOfBeforeTheFirstPublicationIsNotFoundAndNamesTheInstant() {
        String before = Instant.parse(publishedAt(1)).minusSeconds(1).toString();
        for (String read : List.of(TABLE_05, BUDGET + "/tables.xlsx", BUDGET + "/lines", BUDGET + "/narrative",
                BUDGET + "/disclosure")) {
            given().queryParam("asOf", before).when().get(read, "812").then().statusCode(404)
                    .contentType("application/problem+json").body("detail", containsString(before));
        }
    }

    @Test
    void asOfTheFirstPublicationReadsVersion1AndItsFigures() {
        String first = publishedAt(1);
        JsonPath table = table05("812", "asOf", first);
        assertThat(table.getInt("version")).isEqualTo(1);
        assertThat(total2010301(table)).isEqualByComparingTo("108.00");
        given().queryParam("asOf", first).when().get(BUDGET + "/lines", "812").then().statusCode(200).body("version", is(1));
        given().queryParam("asOf", first).when().get(BUDGET + "/narrative", "812").then().statusCode(200).body("version", is(1));
        // between the two publications: still version 1
        String between = Instant.parse(publishedAt(2)).minusNanos(1000).toString();
        assertThat(table05("812", "asOf", between).getInt("version")).isEqualTo(1);
    }

    @Test
    void asOfAfterTheAdjustmentReadsVersion2AndItsFigures() {
        for (String after : List.of(publishedAt(2), "2999-01-01T00:00:00Z", "2999-01-01T08:00:00+08:00")) {
            JsonPath table = table05("812", "asOf", after);
            assertThat(table.getInt("version")).isEqualTo(2);
            assertThat(total2010301(table)).isEqualByComparingTo("109.00");
        }
    }

    @Test
    void asOfIsNeverImmutableForALaterPublicationCanStillBeAtOrBeforeIt() {
        given().queryParam("asOf", "2999-01-01T00:00:00Z").when().get(TABLE_05, "812").then().statusCode(200)
                .header("Cache-Control", is("public, max-age=60, must-revalidate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/csv", TableWorkbook.MEDIA_TYPE})
    void versionAndAsOfTogetherAreABadRequest(String accept) {
        given().accept(accept).queryParam("version", 1).queryParam("asOf", "2999-01-01T00:00:00Z")
                .when().get(TABLE_05, "812").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", is("version"));
    }

    @Test
    void anAsOfThatIsNoInstantIsABadRequest() {
        for (String read : List.of(TABLE_05, BUDGET + "/tables.xlsx", BUDGET + "/lines", BUDGET + "/narrative",
                BUDGET + "/disclosure", BUDGET + "/funding", BUDGET + "/findings")) {
            given().queryParam("asOf", "last tuesday").when().get(read, "812").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].pointer", is("asOf"))
                    .body("detail", containsString("last tuesday"));
        }
    }

    @Test
    void everyPublishedVersionStaysReadableByNumber() {
        for (String read : List.of(BUDGET + "/tables.xlsx", BUDGET + "/lines", BUDGET + "/narrative",
                BUDGET + "/disclosure")) {
            given().queryParam("version", 1).when().get(read, "812").then().statusCode(200);
        }
        assertThat(total2010301(table05("812", "version", 1))).isEqualByComparingTo("108.00");
        assertThat(total2010301(table05("812", "version", 2))).isEqualByComparingTo("109.00");
    }

    @Test
    void aPublishedTableIsTheSameAtEveryReadAndAnAdjustmentMovesOnlyTheUnversionedRead() {
        publications.publish("813", Packages.source("813"));
        String first = given().when().get(TABLE_05, "813").then().statusCode(200).extract().asString();
        String again = given().when().get(TABLE_05, "813").then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(first);
        String csv = given().accept("text/csv").queryParam("version", 1).when().get(TABLE_05, "813").then()
                .statusCode(200).extract().asString();
        assertThat(csv.lines()).anyMatch(line -> line.startsWith("201,03,01,,行政运行,108.00,"));

        publications.adjust("813");
        publications.load("813", adjusted("813"));
        // the open adjustment shows to no one but its editors
        assertThat(total2010301(given().when().get(TABLE_05, "813").then().statusCode(200).extract().jsonPath()))
                .isEqualByComparingTo("108.00");
        publications.publishDraft("813");

        JsonPath latest = given().when().get(TABLE_05, "813").then().statusCode(200).extract().jsonPath();
        assertThat(latest.getInt("version")).isEqualTo(2);
        assertThat(total2010301(latest)).isEqualByComparingTo("109.00");
        assertThat(given().queryParam("version", 1).when().get(TABLE_05, "813").then().statusCode(200).extract().asString())
                .isEqualTo(first);
        assertThat(given().accept("text/csv").queryParam("version", 1).when().get(TABLE_05, "813").then()
                .statusCode(200).extract().asString()).isEqualTo(csv);
    }
}
