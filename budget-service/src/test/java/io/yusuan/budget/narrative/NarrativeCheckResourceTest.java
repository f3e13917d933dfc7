package io.yusuan.budget.narrative;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST …/narrative/check: a hand-written 情况说明 against the version's figures. */
@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class NarrativeCheckResourceTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/703/budgets/2022";
    private static final String CHECK = BUDGET + "/narrative/check";
    private static final String TEXT = "text/plain; charset=UTF-8";

    @InjectServiceStub
    WireMockServer catalog;

    @BeforeEach
    void loadTheSourcePackage() {
        CatalogStubs.answer2022(catalog);
        given().contentType(ContentType.JSON).body(Packages.source("703").toString())
                .when().put(BUDGET + "/draft").then().statusCode(200);
    }

    private static String sourceExplanation() {
        return Packages.read("/narrative/source-2022-explanation.txt");
    }

    @Test
    void findsTheSourceDocumentsOperatingCostsGrowthOf303PercentAndNothingElse() {
        String text = sourceExplanation();

        JsonPath answer = given().contentType(TEXT).body(text.getBytes(StandardCharsets.UTF_8))
                .when().post(CHECK).then().statusCode(200).contentType(ContentType.JSON)
                .body("fiscalYear", is(2022))
                .body("checked", is(46))
                .body("findings", hasSize(1))
                .body("findings[0].kind", is("FIGURE_DIFFERS"))
                .body("findings[0].figure", is("operatingCosts"))
                .body("findings[0].aspect", is("CHANGE_PERCENT"))
                .body("findings[0].name", is("机关运行经费"))
                .body("findings[0].stated", is("增长 3.03%"))
                .body("findings[0].expected", is("增长 3.13%"))
                .body("findings[0].paragraph", is(10))
                .body("findings[0].sentence", containsString("增长 3.03%"))
                .extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(text.substring(answer.getInt("findings[0].offset"))).startsWith("3.03%");
    }

    @Test
    void checksParagraphsGivenAsJsonEachAtItsOwnOffsets() {
        List<String> paragraphs = List.of(
                "区政务服务和大数据管理局 2022 年收入总计 173.07 万元，支出总计 173.07 万元，与 2021 年预算相比，收入增加 2.42 万元，"
                        + "增长 1.38%。主要原因：减少电梯运行维护费用；支出减少 2.42 万元，下降 1.38%。",
                "区政务服务和大数据管理局 2022 年收入合计 173.07 万元，其中：一般公共预算 173.07 万元。",
                "区政务服务和大数据管理局 2022 年支出合计 183.07 万元，其中：基本支出 134.67 万元，占 77.81%；项目支出 38.40 万元，占 22.19%。");

        given().contentType(ContentType.JSON).body(Map.of("paragraphs", paragraphs))
                .when().post(CHECK).then().statusCode(200)
                .body("checked", is(13))
                .body("findings.kind", is(List.of("WRONG_DIRECTION", "FIGURE_DIFFERS", "PARTS_DO_NOT_ADD_UP")))
                .body("findings.paragraph", is(List.of(1, 3, 3)))
                .body("findings[0].stated", is("增加 2.42 万元"))
                .body("findings[0].expected", is("减少 2.42 万元"))
                .body("findings[0].offset", is(paragraphs.get(0).indexOf("2.42")))
                .body("findings[1].expected", is("173.07 万元"))
                .body("findings[2].detail", containsString("134.67 万元 + 38.40 万元"));
    }

    @Test
    void theGeneratedNarrativeChecksClean() {
        JsonPath narrative = given().when().get(BUDGET + "/narrative").then().statusCode(200).extract().jsonPath();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            text.append(narrative.getString("paragraphs[" + i + "].title")).append('\n')
                    .append(narrative.getString("paragraphs[" + i + "].text")).append('\n');
        }

        given().contentType(TEXT).body(text.toString().getBytes(StandardCharsets.UTF_8))
                .when().post(CHECK).then().statusCode(200)
                .body("checked", greaterThan(40))
                .body("findings", empty());
    }

    @Test
    void refusesAnEmptyBody() {
        given().contentType(TEXT).body(" \n").when().post(CHECK).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("empty"));
    }

    @Test
    void refusesMoreThan100Kilobytes() {
        given().contentType(TEXT).body("收".repeat(40_000)).when().post(CHECK).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("100 KB"));
    }

    @Test
    void refusesATextOfMoreThan2000FiguresWithoutReadingThemAll() {
        // 100 KB of "1元" in one sentence: 25,000 figures
        String text = " " + "1元".repeat(25_000);

        given().contentType(TEXT).body(text.getBytes(StandardCharsets.UTF_8)).when().post(CHECK).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", containsString("too-many-figures"))
                .body("detail", containsString("2000 figures"));
    }

    @Test
    void refusesAParagraphPastItsLengthNamingItAndNeverNamesAJavaClass() {
        given().contentType(ContentType.JSON).body(Map.of("paragraphs", List.of("一、", "收".repeat(20_001))))
                .when().post(CHECK).then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("/paragraphs/1"));
        given().contentType(ContentType.JSON).body("{\"paragraphs\": [\"一\"], \"x\": 1}").when().post(CHECK).then()
                .statusCode(400).body("detail", not(containsString("io.yusuan")));
    }

    @Test
    void refusesJsonWithoutParagraphs() {
        given().contentType(ContentType.JSON).body("{\"paragraphs\": []}").when().post(CHECK).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("paragraphs"));
        given().contentType(ContentType.JSON).body("{\"text\": \"收入总计 1 万元\"}").when().post(CHECK).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("收入总计 1 万元").when().post(CHECK).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void refusesWhatIsNeitherTextNorJson() {
        given().contentType("application/xml").body("<p>收入总计 1 万元</p>").when().post(CHECK).then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        given().contentType(TEXT).body(new byte[] {(byte) 0xC3, (byte) 0x28}).when().post(CHECK).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("UTF-8"));
    }

    @Test
    void theOpenApiDocumentDescribesBothBodiesEveryAnswerAndEveryField() {
        String operation = "paths.'/api/v1/regions/{region}/departments/{department}/budgets/{year}/narrative/check'.post";
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(operation + ".summary", containsString("hand-written"))
                .body(operation + ".requestBody.content.'text/plain'.examples.source.value", containsString("增长 3.03%"))
                .body(operation + ".requestBody.content.'application/json'.schema.'$ref'",
                        is("#/components/schemas/NarrativeCheckRequest"))
                .body(operation + ".responses.keySet()", org.hamcrest.Matchers.hasItems("200", "400", "404", "413", "415"))
                .body(operation + ".responses.'413'.content.'application/problem+json'", org.hamcrest.Matchers.notNullValue())
                .body("components.schemas.NarrativeFinding.properties.stated.toString()", containsString("增长 3.03%"))
                .body("components.schemas.NarrativeFinding.properties.values().findAll { it.description == null }", empty())
                .body("components.schemas.NarrativeCheck.properties.values().findAll { it.description == null }", empty());
    }

    @Test
    void answers404ForABudgetThatIsNotLoaded() {
        given().contentType(TEXT).body("收入总计 1 万元").when()
                .post("/api/v1/regions/410304/departments/799/budgets/2022/narrative/check").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
