package io.yusuan.budget.department;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DepartmentResourceTest {

    @Inject
    DepartmentRepository departments;

    @BeforeEach
    void store() {
        QuarkusTransaction.requiringNew().run(() -> {
            departments.persist(new Department("410304", "洛阳市瀍河回族区", "141", "洛阳市瀍河回族区政务服务和大数据管理局"));
            departments.persist(new Department("410304", "洛阳市瀍河回族区", "101", "中共洛阳市瀍河回族区委员会办公室"));
            departments.persist(new Department("410302", "洛阳市老城区", "141", "洛阳市老城区政务服务和大数据管理局"));
        });
    }

    @AfterEach
    void remove() {
        QuarkusTransaction.requiringNew().run(() -> departments.deleteAll());
    }

    @Test
    void aNulByteInTheQueryOrThePathIsA400ProblemNotA500() {
        given().urlEncodingEnabled(false).when().get("/api/v1/departments?region=410304&q=%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'q'"));
        given().urlEncodingEnabled(false).when().get("/api/v1/regions/410304/departments/14%001/budgets/2022/tables/01")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void findsTheDepartmentsOfARegionInCodeOrder() {
        given().queryParam("region", "410304").when().get("/api/v1/departments")
                .then().statusCode(200)
                .body("items.code", contains("101", "141"))
                .body("items[1].name", is("洛阳市瀍河回族区政务服务和大数据管理局"))
                .body("items[1].region.code", is("410304"))
                .body("items[1].region.name", is("洛阳市瀍河回族区"))
                .body("next", nullValue());
    }

    @Test
    void findsDepartmentsByPartOfTheirName() {
        given().queryParam("q", "政务服务").when().get("/api/v1/departments")
                .then().statusCode(200)
                .body("items.region.code", contains("410302", "410304"));
    }

    @Test
    void pagesWithACursorWithoutRepeatingOrSkipping() {
        String next = given().queryParam("limit", 2).when().get("/api/v1/departments")
                .then().statusCode(200)
                .body("items.code", contains("141", "101"))
                .body("next", notNullValue())
                .extract().path("next");

        given().queryParam("limit", 2).queryParam("cursor", next).when().get("/api/v1/departments")
                .then().statusCode(200)
                .body("items.code", contains("141"))
                .body("items[0].region.code", is("410304"))
                .body("next", nullValue());
    }

    @Test
    void answersAnEmptyPageWhenNothingMatches() {
        given().queryParam("region", "110101").when().get("/api/v1/departments")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void refusesARegionThatIsNotSixDigits() {
        given().queryParam("region", "4103").when().get("/api/v1/departments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", is("region"));
    }

    @Test
    void refusesALimitOutOfRange() {
        given().queryParam("limit", 0).when().get("/api/v1/departments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", is("limit"));
    }

    @Test
    void refusesALimitThatIsNotANumber() {
        given().queryParam("limit", "many").when().get("/api/v1/departments")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void refusesACursorItDidNotIssue() {
        given().queryParam("cursor", "not-a-cursor!").when().get("/api/v1/departments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].code", is("INVALID_CURSOR"));
    }
}
