package io.yusuan.budget.narrative;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.stub.InjectServiceStub;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a budget with every section filled (三公 above zero, 政府性基金, a transfer payment, vehicles, last year's figures
 * and reasons), the English narrative states the Chinese one's figures, and the Chinese one passes the check.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class NarrativeLanguagesTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/704/budgets/2022";
    private static final Pattern FIGURE = Pattern.compile("\\d+\\.\\d+%?");

    @InjectServiceStub
    WireMockServer catalog;

    @BeforeEach
    void loadTheLargerPackage() {
        CatalogStubs.answer2022(catalog);
        ObjectNode budget = Packages.larger();
        ((ObjectNode) budget.get("department")).put("code", "704");
        given().contentType(ContentType.JSON).body(budget.toString()).when().put(BUDGET + "/draft").then().statusCode(200);
    }

    private static JsonPath narrative(String lang) {
        return given().queryParam("lang", lang).when().get(BUDGET + "/narrative").then().statusCode(200).extract().jsonPath();
    }

    private static Set<String> figures(String text) {
        Set<String> figures = new TreeSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            figures.add(m.group());
        }
        return figures;
    }

    @Test
    void eachEnglishParagraphStatesTheFiguresOfItsChineseOne() {
        JsonPath zh = narrative("zh");
        JsonPath en = narrative("en");
        for (int i = 0; i < 10; i++) {
            String chinese = zh.getString("paragraphs[" + i + "].text");
            String english = en.getString("paragraphs[" + i + "].text");
            assertThat(figures(english)).as("paragraph %d: %s | %s", i + 1, chinese, english).isEqualTo(figures(chinese));
        }
        assertThat(en.getString("paragraphs[9].text"))
                .contains("(reason given: 严格控制一般性支出)")
                .doesNotContain("新增图书馆数字资源建设和执法执勤用车购置项目")
                .contains("has 3 vehicles: 1 general official, 2 law enforcement")
                .contains("公共文化服务体系建设专项资金 50.00");
        assertThat(en.getString("paragraphs[6].text")).contains("(reason given: 按规定更新执法执勤用车一辆，因公出国（境）团组增加)");
    }

    @Test
    void theGeneratedChineseNarrativePassesTheCheck() {
        JsonPath zh = narrative("zh");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            text.append(zh.getString("paragraphs[" + i + "].title")).append('\n')
                    .append(zh.getString("paragraphs[" + i + "].text")).append('\n');
        }

        given().contentType("text/plain; charset=UTF-8").body(text.toString().getBytes(StandardCharsets.UTF_8))
                .when().post(BUDGET + "/narrative/check").then().statusCode(200)
                .body("checked", greaterThan(50))
                .body("findings", empty());
    }
}
