package io.yusuan.budget.narrative;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Paragraph 七 and table 08 state the “三公”经费 from one rule (io.yusuan.budget.rules.LineRules.THREE_PUBLIC),
 * on a package whose 三公 are above zero: every part the table prints, the narrative prints.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class ThreePublicCostsOneRuleTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/{d}/budgets/2022";

    @InjectServiceStub
    WireMockServer catalog;

    @Test
    void paragraphSevenPrintsTheFiguresOfTable08() {
        CatalogStubs.answer2022(catalog);
        String department = Packages.larger().get("department").get("code").asText();
        given().contentType(ContentType.JSON).body(Packages.larger().toString())
                .when().put(BUDGET + "/draft", department).then().statusCode(200);
        Map<String, Object> total = given().when().get(BUDGET + "/tables/08", department).then().statusCode(200)
                .extract().path("sections[0].total");
        String seven = given().when().get(BUDGET + "/narrative", department).then().statusCode(200)
                .extract().path("paragraphs.find { it.number == 7 }.text");

        assertThat(new BigDecimal(total.get("total").toString())).isPositive();
        for (String part : new String[] {"total", "outboundTravel", "vehiclePurchase", "vehicleOperation", "reception"}) {
            String wan = new BigDecimal(total.get(part).toString()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            assertThat(seven).as("paragraph 七 states table 08's " + part).contains(wan + " 万元");
        }
    }
}
