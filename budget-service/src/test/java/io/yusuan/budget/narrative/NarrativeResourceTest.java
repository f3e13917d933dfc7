package io.yusuan.budget.narrative;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The narrative of the source package says what the source document says, word for word where it can. */
@QuarkusTest
@TestSecurity(user = "editor", roles = Roles.EDITOR,
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class NarrativeResourceTest {

    private static final String NARRATIVE = "/api/v1/regions/410304/departments/701/budgets/2022/narrative";

    @InjectServiceStub
    WireMockServer catalog;

    @BeforeEach
    void loadTheSourcePackage() {
        CatalogStubs.answer2022(catalog);
        given().contentType(ContentType.JSON).body(Packages.source("701").toString())
                .when().put("/api/v1/regions/410304/departments/701/budgets/2022/draft").then().statusCode(200);
    }

    private static String paragraph(int number) {
        return given().when().get(NARRATIVE).then().statusCode(200)
                .extract().path("paragraphs.find { it.number == " + number + " }.text");
    }

    @Test
    void paragraphsOneToSixAreTheSourceDocumentsWords() {
        org.assertj.core.api.Assertions.assertThat(paragraph(1)).isEqualTo("区政务服务和大数据管理局 2022 年收入总计 173.07 万元，"
                + "支出总计 173.07 万元，与 2021 年预算相比，收入减少 2.42 万元，下降 1.38%。主要原因：减少电梯运行维护费用；"
                + "支出减少 2.42 万元，下降 1.38%。主要原因：减少电梯运行维护费用。");
        org.assertj.core.api.Assertions.assertThat(paragraph(2))
                .isEqualTo("区政务服务和大数据管理局 2022 年收入合计 173.07 万元，其中：一般公共预算 173.07 万元。");
        org.assertj.core.api.Assertions.assertThat(paragraph(3)).isEqualTo("区政务服务和大数据管理局 2022 年支出合计 173.07 万元，"
                + "其中：基本支出 134.67 万元，占 77.81%；项目支出 38.40 万元，占 22.19%。");
        org.assertj.core.api.Assertions.assertThat(paragraph(4)).isEqualTo("区政务服务和大数据管理局 2022 年一般公共预算收支预算 "
                + "173.07 万元。与 2021 年相比，一般公共预算收支预算减少 2.42 万元，下降 1.38%，主要原因：减少电梯运行维护费用。");
        org.assertj.core.api.Assertions.assertThat(paragraph(5)).isEqualTo("区政务服务和大数据管理局 2022 年一般公共预算支出年初预算为 "
                + "173.07 万元。其中：基本支出 134.67 万元，占 77.81%；项目支出 38.40 万元，占 22.19%。");
        org.assertj.core.api.Assertions.assertThat(paragraph(6)).isEqualTo("区政务服务和大数据管理局 2022 年一般公共预算基本支出年初预算为 "
                + "134.67 万元。其中：人员经费支出 126.44 万元，占 93.89%；公用经费支出 8.23 万元，占 6.11%。");
    }

    @Test
    void paragraphsSevenToNineSayTheSameAsTheSourceDocument() {
        org.assertj.core.api.Assertions.assertThat(paragraph(7))
                .startsWith("区政务服务和大数据管理局 2022 年“三公”经费支出预算为 0 万元。2022 年“三公”经费支出预算数与 2021 年预算数保持一致。")
                .contains("（一）因公出国（境）费 0 万元，主要用于单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出。预算数与 2021 年保持一致。")
                .contains("（二）公务接待费 0 万元，主要用于按规定开支的各类公务接待（含外宾接待）支出，预算数与 2021 年保持一致。")
                .contains("（三）公务用车购置及运行费 0 万元，其中：公务用车购置费 0 万元；公务用车运行维护费 0 万元");
        org.assertj.core.api.Assertions.assertThat(paragraph(8)).isEqualTo("区政务服务和大数据管理局 2022 年无政府性基金预算拨款安排的支出。");
        org.assertj.core.api.Assertions.assertThat(paragraph(9)).isEqualTo("区政务服务和大数据管理局 2022 年无国有资本经营预算拨款安排的支出。");
    }

    @Test
    void paragraphTenGivesOperatingCostsProcurementAssetsAndTransfers() {
        org.assertj.core.api.Assertions.assertThat(paragraph(10))
                .contains("区政务服务和大数据管理局 2022 年机构运行经费支出预算 8.23 万元，主要保障机构正常运转及正常履职需要所需支出，包含办公费、")
                // the source prints 3.03%, which 8.23 against 7.98 cannot give: 0.25 / 7.98 is 3.13%
                .contains("机关运行经费较上年度增加 0.25 万元，增长 3.13%，主要原因是上年度统计范围仅为公用经费。")
                .contains("区政务服务和大数据管理局 2022 年政府采购预算安排 0 万元，其中：政府采购货物预算 0 万元、政府采购工程预算 0 万元、政府采购服务预算 0 万元。")
                .contains("2021 年期末，区政务服务和大数据管理局共有车辆 0 辆，其中：一般公务用车 0 辆、一般执法执勤用车 0 辆、特种专业技术用车 0 辆，其他用车 0 辆；单位价值50万元以上通用设备 0 套，单位价值100万元以上专用设备 0 套。")
                .contains("区政务服务和大数据管理局 2022 年无负责管理的专项转移支付项目。")
                .contains("6 个项目，38.40 万元");
    }

    @Test
    void answersInEnglishOnRequest() {
        given().queryParam("lang", "en").when().get(NARRATIVE).then().statusCode(200)
                .body("lang", is("en"))
                .body("paragraphs", hasSize(10))
                .body("paragraphs[2].text", containsString("basic expenditure 134.67 (77.81%)"));
    }

    private static String english(int number) {
        return given().queryParam("lang", "en").when().get(NARRATIVE).then().statusCode(200)
                .extract().path("paragraphs.find { it.number == " + number + " }.text");
    }

    @Test
    void theEnglishStatesEachChangeWithItsOwnReason() {
        org.assertj.core.api.Assertions.assertThat(english(1)).isEqualTo("In 2022, 区政务服务和大数据管理局 budgets total revenue "
                + "of 173.07 and total expenditure of 173.07 (10,000 yuan): revenue down 2.42 (1.38%) from 2021 (reason given: "
                + "减少电梯运行维护费用), expenditure down 2.42 (1.38%) from 2021 (reason given: 减少电梯运行维护费用).");
        org.assertj.core.api.Assertions.assertThat(english(4)).endsWith("General public budget appropriations are down 2.42 "
                + "(1.38%) from 2021 (reason given: 减少电梯运行维护费用).");
        org.assertj.core.api.Assertions.assertThat(english(10))
                .startsWith("(1) Operating costs of the organs: 8.23, up 0.25 (3.13%) from 2021 (reason given: 上年度统计范围仅为公用经费);")
                .doesNotContain("减少电梯运行维护费用");
    }

    @Test
    void theEnglishParagraphTenGivesAssetsAndTransfersAsTheChineseDoes() {
        org.assertj.core.api.Assertions.assertThat(english(10))
                .contains("(2) Government procurement: 0 (goods 0, works 0, services 0).")
                .contains("(3) Performance targets: set for all 6 projects (38.40).")
                .contains("(4) State-owned assets: at the end of 2021, 区政务服务和大数据管理局 has 0 vehicles: 0 general official, "
                        + "0 law enforcement, 0 special technical and 0 other vehicles; 0 sets of general equipment worth "
                        + "500,000 yuan or more each and 0 sets of special equipment worth 1,000,000 yuan or more each.")
                .endsWith("(5) Special transfer payments: 区政务服务和大数据管理局 manages no special transfer payment projects in 2022.");
        org.assertj.core.api.Assertions.assertThat(english(7)).isEqualTo("In 2022, 区政务服务和大数据管理局 budgets 0 for the three "
                + "public costs, unchanged from 2021.\n(1) Official travel abroad: 0, unchanged from 2021.\n(2) Official receptions: "
                + "0, unchanged from 2021.\n(3) Official vehicles: 0 (purchase 0, operation 0), unchanged from 2021.");
    }

    @Test
    void refusesAnUnknownLanguage() {
        given().queryParam("lang", "fr").when().get(NARRATIVE).then().statusCode(400).contentType("application/problem+json");
    }
}
