package io.yusuan.catalog.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path and query parameter has a shape ({@link Parameters}); a value outside it is a 400 problem naming the
 * parameter, before any code list is looked up, whatever its size, and the answer never echoes it whole.
 */
@QuarkusTest
class ParameterShapesTest {

    private static final String TEN_KB = "9".repeat(10 * 1024);

    private static ValidatableResponse refused(ValidatableResponse response, String parameter) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem(parameter))
                .body("detail.length()", lessThan(1000));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/schemes/Functional/years/2022/codes | scheme",
        "/api/v1/schemes/functional/years/1999/codes | year",
        "/api/v1/schemes/functional/years/2100 | year",
        "/api/v1/schemes/functional/years/2022/codes/20I0301 | code",
        "/api/v1/schemes/functional/years/2022/codes/2010 | code",
        "/api/v1/schemes/functional/years/2022/codes?parent=2O1 | parent",
        "/api/v1/schemes/functional/years/2022/codes?limit=1001 | limit",
        "/api/v1/correspondence/1999 | year",
        "/api/v1/crosswalks/functional?from=1999&to=2022 | from",
        "/api/v1/crosswalks/functional?from=2022&to=2100 | to",
        "/api/v1/mappings/cofog?year=2100 | year",
        "/api/v1/regions/4103000 | code",
        "/api/v1/regions?parent=41a3 | parent",
        "/api/v1/regions?year=1999 | year"})
    void aParameterOfTheWrongShapeIsA400NamingIt(String uri, String parameter) {
        refused(given().urlEncodingEnabled(false).when().get(uri).then(), parameter);
    }

    @Test
    void aTenKilobyteSegmentIsA400WhereverItStands() {
        refused(given().when().get("/api/v1/schemes/" + TEN_KB + "/years/2022/codes").then(), "scheme");
        refused(given().when().get("/api/v1/schemes/functional/years/2022/codes/" + TEN_KB).then(), "code");
        refused(given().when().get("/api/v1/regions/" + TEN_KB).then(), "code");
    }

    @Test
    void aTenKilobyteQueryValueIsA400() {
        refused(given().queryParam("q", "x".repeat(10 * 1024)).when().get("/api/v1/schemes/functional/years/2022/codes")
                .then(), "q");
        refused(given().queryParam("cursor", "A".repeat(10 * 1024)).when().get("/api/v1/schemes/functional/years/2022/codes")
                .then(), "cursor");
    }

    @Test
    void theOpenApiDocumentStatesTheShapesForClientsToCheckFirst() {
        String codes = "paths.'/api/v1/schemes/{scheme}/years/{year}/codes'.get.parameters.find { it.name == '%s' }.schema.";
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body(codes.formatted("scheme") + "maxLength", is(Parameters.SCHEME_MAX))
                .body(codes.formatted("scheme") + "pattern", is(Parameters.SCHEME))
                .body(codes.formatted("year") + "minimum", is(Parameters.YEAR_MIN))
                .body(codes.formatted("year") + "maximum", is(Parameters.YEAR_MAX))
                .body(codes.formatted("parent") + "pattern", is(Parameters.CODE))
                .body(codes.formatted("q") + "maxLength", is(Parameters.SEARCH_MAX))
                .body(codes.formatted("cursor") + "maxLength", is(Parameters.CURSOR_MAX))
                .body(codes.formatted("limit") + "maximum", is(1000));
    }

    @Test
    void aNulInASegmentIsA400Problem() {
        given().urlEncodingEnabled(false).when().get("/api/v1/schemes/functional%00/years/2022/codes")
                .then().statusCode(400).contentType("application/problem+json");
        given().urlEncodingEnabled(false).when().get("/api/v1/regions/41%0003")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aYearThatIsNotANumberIsAClientError() {
        given().when().get("/api/v1/schemes/functional/years/twenty/codes")
                .then().statusCode(is(400)).contentType("application/problem+json");
    }

    @Test
    void aBodyCodeLongerThanAnyCodeIsA400() {
        given().contentType("application/json").body("{\"codes\": [\"" + TEN_KB + "\"]}")
                .when().post("/api/v1/schemes/functional/years/2022/validation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem("/codes/0"));
    }

    @Test
    @TestSecurity(user = "catalog-office", roles = "catalog-admin")
    void aLoadIsRefusedOnItsParametersBeforeItsBodyIsRead() {
        refused(given().contentType("text/csv").body("not even a header").when()
                .put("/api/v1/schemes/" + TEN_KB + "/years/2040").then(), "scheme");
        refused(given().contentType("text/csv").body("not even a header").when()
                .put("/api/v1/correspondence/2100").then(), "year");
    }
}
