package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yusuan.localrun.JwtIssuer;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fiscal year the repository does not ship is added through the API alone, as a finance bureau would add
 * next year's: its four code lists and its 对照表, by an administrator. A budget of that year then loads on
 * the real services with no code or pair refused.
 */
@ExtendWith(LocalStackExtension.class)
class NewFiscalYearIT {

    private static final int YEAR = 2027;

    @Test
    void aYearLoadedThroughTheApiWithItsCorrespondenceTakesBudgets(LocalStack stack) throws Exception {
        String catalog = stack.baseUrl(Service.CATALOG).toString();
        String admin = stack.jwt().token("system-test", Duration.ofMinutes(5), JwtIssuer.CATALOG_ADMIN);
        for (String scheme : new String[] {"functional", "economic-department", "economic-government", "revenue"}) {
            String list = given().baseUri(catalog).queryParam("format", "csv")
                    .get("/api/v1/schemes/" + scheme + "/years/2026/codes").then().statusCode(200).extract().asString();
            given().baseUri(catalog).auth().oauth2(admin).contentType("text/csv; charset=UTF-8").body(list)
                    .queryParam("coverage", "PROVISIONAL")
                    .put("/api/v1/schemes/" + scheme + "/years/" + YEAR).then().statusCode(201);
        }
        given().baseUri(catalog).auth().oauth2(admin).contentType("text/csv; charset=UTF-8")
                .body("department_code,unit_column,government_code,provenance\n"
                        + "30101,ADMINISTRATIVE,50101,provisional\n30102,ADMINISTRATIVE,50101,provisional\n"
                        + "30103,ADMINISTRATIVE,50101,provisional\n30108,ADMINISTRATIVE,50102,provisional\n"
                        + "30110,ADMINISTRATIVE,50102,provisional\n30112,ADMINISTRATIVE,50102,provisional\n"
                        + "30113,ADMINISTRATIVE,50103,provisional\n30199,ADMINISTRATIVE,50199,provisional\n"
                        + "30107,INSTITUTION,50501,provisional\n30201,ADMINISTRATIVE,50201,provisional\n"
                        + "30207,ADMINISTRATIVE,50201,provisional\n30228,ADMINISTRATIVE,50201,provisional\n"
                        + "30229,ADMINISTRATIVE,50201,provisional\n30239,ADMINISTRATIVE,50201,provisional\n")
                .put("/api/v1/correspondence/" + YEAR).then().statusCode(201);

        ObjectNode budget = (ObjectNode) new ObjectMapper().readTree(Files.readString(
                LocalStackExtension.projectRoot().resolve("demo/budgets/410304-141-2022.json")));
        budget.put("fiscalYear", YEAR);
        String editor = new Tokens(stack.jwt()).scoped(Tokens.BUDGET_EDITOR, "410304", "141");
        given().baseUri(stack.baseUrl(Service.BUDGET).toString()).auth().oauth2(editor)
                .contentType("application/json").body(budget.toString())
                .put("/api/v1/regions/410304/departments/141/budgets/" + YEAR + "/draft")
                .then().statusCode(200)
                .body("findings.severity", everyItem(not(equalTo("ERROR"))))
                .body("totals.expenditure", equalTo(1730700.00f));
    }
}
