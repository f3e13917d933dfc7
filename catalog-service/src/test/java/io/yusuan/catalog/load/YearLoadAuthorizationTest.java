package io.yusuan.catalog.load;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Loads are for administrators only, and a refused load says why in problem+json. */
@QuarkusTest
class YearLoadAuthorizationTest {

    private static final String LIST = "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n"
            + "201,类,,一般公共服务支出,,provisional,,\n";
    private static final String YEAR = "/api/v1/schemes/functional/years/2032";

    @Test
    void refusesALoadWithoutAToken() {
        given().contentType("text/csv; charset=UTF-8").body(LIST).when().put(YEAR)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", is("Bearer"));
        given().when().get(YEAR + "/codes").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void refusesALoadWithoutTheAdministratorRole() {
        given().contentType("text/csv; charset=UTF-8").body(LIST).when().put(YEAR)
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get(YEAR + "/codes").then().statusCode(404);
    }
}
