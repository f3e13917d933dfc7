package io.yusuan.budget.disclosure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.yusuan.budget.fixture.CatalogStubs;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.budget.table.ChineseNumerals;
import io.yusuan.budget.version.Roles;
import io.yusuan.http.access.TokenScope;
import io.yusuan.testing.stub.InjectServiceStub;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole disclosure document: the HTML has its four parts, the thirteen tables as real tables, and the profile;
 * the PDF opens and states every figure of table 01, of the narrative and of the source document's printed tables;
 * a draft is marked on every page; conditional GETs and content negotiation; tables 12 and 13 printed from
 * performance-service's JSON (a WireMock stand-in), or a note saying why not. Departments 901 (the source package,
 * published) and 902 (the source package without its profile, a draft).
 */
@QuarkusTest
// the region's budget office at once editing and approving: these tests are of what the steps do, not of who may
@TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.APPROVER},
        attributes = @SecurityAttribute(key = TokenScope.REGION_CLAIM, value = "410304"))
class DisclosureResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUDGET = "/api/v1/regions/410304/departments/{department}/budgets/2022";
    private static final String DOCUMENT = BUDGET + "/disclosure";
    /** performance-service's targets and tables 12 and 13 of department 901's 2022. */
    private static final String TARGETS = "/api/v1/regions/410304/departments/901/performance/2022";
    private static final List<String> TITLES = List.of("部门收支预算表", "部门收入预算表", "部门支出预算表", "财政拨款收支预算表",
            "一般公共预算支出预算表", "一般公共预算基本支出预算表", "支出经济分类汇总表", "一般公共预算“三公”经费预算表",
            "政府性基金预算支出预算表", "国有资本经营预算支出预算表", "项目支出预算表", "部门（单位）整体绩效目标表", "部门预算项目绩效目标表");

    @InjectServiceStub
    WireMockServer catalog;

    @InjectServiceStub("performance")
    WireMockServer performance;

    private static boolean loaded;
    private static byte[] publishedPdf;

    @BeforeEach
    void loadThePackages() {
        CatalogStubs.answer2022(catalog);
        if (loaded) {
            return;
        }
        put("901", Packages.source("901"));
        given().when().post(BUDGET + "/draft/submit", "901").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("approvalDate", "2022-02-01", "approvedBy", "区财政局"))
                .when().post(BUDGET + "/draft/approve", "901").then().statusCode(200);
        given().when().post(BUDGET + "/draft/publish", "901").then().statusCode(200);
        ObjectNode withoutProfile = Packages.source("902");
        withoutProfile.remove("profile");
        put("902", withoutProfile);
        loaded = true;
    }

    @AfterEach
    void performanceServiceHasNoTargets() {
        performance.resetAll();
    }

    private static void put(String department, ObjectNode budget) {
        given().contentType(ContentType.JSON).body(budget.toString())
                .when().put(BUDGET + "/draft", department).then().statusCode(200);
    }

    private static String html(String department) {
        return given().accept("text/html").when().get(DOCUMENT, department).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
    }

    private static byte[] pdf(String department) {
        return given().accept("application/pdf").when().get(DOCUMENT, department).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    /** The published document's PDF, also kept as target/disclosure/disclosure-901.pdf (with its HTML) to look at. */
    private static synchronized byte[] publishedPdf() throws IOException {
        if (publishedPdf == null) {
            publishedPdf = pdf("901");
            Path kept = Files.createDirectories(Path.of("target", "disclosure"));
            Files.write(kept.resolve("disclosure-901.pdf"), publishedPdf);
            Files.writeString(kept.resolve("disclosure-901.html"), html("901"));
        }
        return publishedPdf;
    }

    @Test
    void theHtmlHasTheFourPartsAndTheThirteenTablesAsRealTables() {
        String html = html("901");
        assertThat(html).contains("<html lang=\"zh-CN\"").contains("目 录")
                .contains("第一部分").contains("第二部分").contains("第三部分").contains("第四部分")
                .contains("一、主要职责").contains("二、机构设置").contains("三、部门所属预算单位构成情况")
                // the profile, as the source document prints it
                .contains("1.贯彻执行国家、省、市有关政务服务和大数据管理工作的方针")
                .contains("10.完成区委、区政府交办的其他任务。")
                .contains("办公室、综合科、业务科")
                .contains("所属单位预算包括：无")
                // the narrative and the glossary
                .contains("一、收入支出预算总体情况说明").contains("十、其他重要事项情况说明")
                .contains("八、行政（事业）单位机构运行经费：")
                .doesNotContain("草稿");
        List<String> captions = all(Pattern.compile("<caption>(.*?)</caption>"), html);
        for (int i = 0; i < TITLES.size(); i++) {
            String title = TITLES.get(i);
            String numeral = ChineseNumerals.of(i + 1);
            // the contents name the table by the template's title; its caption prints it as the source does
            assertThat(html).contains(numeral + "、" + title + "</a>");
            assertThat(captions).as("a caption of table %s", title)
                    .anyMatch(caption -> caption.startsWith(numeral + "、2022 年"));
        }
        assertThat(html).contains("<th scope=\"col\"").contains("<th scope=\"colgroup\"").contains("<th scope=\"row\"")
                .contains("<thead>");
        // tables 12 and 13 say where performance-service publishes them
        assertThat(html).contains("/api/v1/regions/410304/departments/901/performance/2022/tables/12")
                .contains("/api/v1/regions/410304/departments/901/performance/2022/tables/13");
    }

    @Test
    void aDraftIsMarkedAndAMissingProfileIsSaidToBeMissing() throws IOException {
        String html = html("902");
        assertThat(html).contains("class=\"draft-mark\"").contains("草稿 · 未公开").contains("本预算未载部门概况");
        try (PDDocument document = Loader.loadPDF(pdf("902"))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(13);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page).contains("草稿");
            }
        }
    }

    @Test
    void thePdfOpensAndStatesEveryFigureOfTableOneAndOfTheNarrative() throws IOException {
        String text = compact(pdfText(publishedPdf()));
        assertThat(text).contains("第一部分").contains("第四部分").contains("名词解释").contains("第1页").doesNotContain("草稿");
        JsonNode table = JSON.readTree(given().accept(ContentType.JSON).when().get(BUDGET + "/tables/01", "901")
                .then().statusCode(200).extract().asString());
        List<String> figures = new ArrayList<>();
        table.findValues("values").forEach(values -> values.forEach(value -> figures.add(amount(value))));
        table.path("sections").forEach(section -> section.path("total").forEach(value -> figures.add(amount(value))));
        assertThat(figures).contains("173.07", "146.40");
        SoftAssertions soft = new SoftAssertions();
        figures.forEach(figure -> soft.assertThat(text).as("table 01's %s", figure).contains(figure));
        JsonNode narrative = JSON.readTree(given().accept(ContentType.JSON).when().get(BUDGET + "/narrative", "901")
                .then().statusCode(200).extract().asString());
        List<String> stated = new ArrayList<>();
        narrative.path("paragraphs").forEach(paragraph -> stated.addAll(
                all(Pattern.compile("(\\d+\\.\\d+%?)"), paragraph.path("text").asText())));
        assertThat(stated).contains("173.07", "134.67", "38.40", "77.81%", "22.19%", "126.44", "8.23");
        stated.forEach(figure -> soft.assertThat(text).as("the narrative's %s", figure).contains(figure));
        soft.assertAll();
    }

    @Test
    void thePdfStatesEveryFigureTheSourceDocumentPrintsInItsTables() throws IOException {
        String text = compact(pdfText(publishedPdf()));
        Map<String, List<String>> printed = new LinkedHashMap<>();
        for (String line : Packages.read("/disclosure/source-document-figures.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                printed.put(cells[0], List.of(cells).subList(1, cells.length));
            }
        }
        assertThat(printed).hasSize(6);
        SoftAssertions soft = new SoftAssertions();
        printed.forEach((number, figures) -> {
            // the text of that table: from its caption to the next table's
            int index = Integer.parseInt(number) - 1;
            String from = ChineseNumerals.of(index + 1) + "、2022年";
            String to = ChineseNumerals.of(index + 2) + "、2022年";
            int start = text.indexOf(from);
            soft.assertThat(start).as("table %s's caption in the PDF", number).isNotNegative();
            int end = text.indexOf(to, Math.max(start, 0));
            soft.assertThat(end).as("table %s's successor's caption in the PDF", number).isGreaterThan(start);
            String table = text.substring(Math.max(start, 0), end > start ? end : text.length());
            figures.forEach(figure -> soft.assertThat(table).as("table %s's %s", number, figure).contains(figure));
        });
        soft.assertAll();
    }

    @Test
    void theEtagIsTheVersionsRevisionPerFormatAndAnswersNotModified() {
        String etag = given().accept("text/html").when().get(DOCUMENT, "901").then().statusCode(200)
                .header("Vary", containsString("Accept")).extract().header("ETag");
        assertThat(etag).contains("v1r").endsWith("-html\"");
        given().accept("text/html").header("If-None-Match", etag).when().get(DOCUMENT, "901").then().statusCode(304)
                .header("Vary", containsString("Accept"));
        String pdfTag = given().accept("application/pdf").header("If-None-Match", etag).when().get(DOCUMENT, "901")
                .then().statusCode(200).extract().header("ETag");
        assertThat(pdfTag).endsWith("-pdf\"");
        given().accept("application/pdf").header("If-None-Match", pdfTag).when().get(DOCUMENT, "901").then()
                .statusCode(304);
    }

    @Test
    void tables12And13AreReadFromPerformanceServiceAndPrintedWithTheirHeadersAndMergedCells() throws IOException {
        String before = given().accept("text/html").when().get(DOCUMENT, "901").then().statusCode(200).extract()
                .header("ETag");
        answerTables();
        String html = html("901");
        String twelve = section(html, "table-12");
        // a form without header rows: its labels are row headers, 预算情况 merged down its six lines
        assertThat(twelve).doesNotContain("<thead>").doesNotContain("绩效目标服务（performance-service）发布")
                .contains("<caption>十二、2022 年本级部门(单位)整体绩效目标表<span class=\"caption-subtitle\">(2022年度)</span>")
                .contains("<th scope=\"row\" class=\"text\">部门(单位)名称</th>")
                .contains("<td colspan=\"4\" class=\"text\">河南省洛阳市瀍河回族区政务服务和大数据管理局</td>")
                .contains("<th scope=\"row\" rowspan=\"6\" class=\"text\">预算情况</th>")
                .contains("<td colspan=\"2\" class=\"amount\">173.07</td>")
                .contains("<td colspan=\"2\" class=\"amount\">38.40</td>")
                // the indicators' header line is header cells within the body
                .contains("<tr class=\"kind-header\">").contains("<th scope=\"col\" class=\"text\">指标值说明</th>")
                .contains("<th scope=\"row\" rowspan=\"3\" class=\"text\">投入管理指标</th>")
                .contains("<td class=\"text\">≤5%</td>");
        assertThat(widths(twelve)).as("columns of each row of table 12").isNotEmpty().containsOnly(5);
        String thirteen = section(html, "table-13");
        assertThat(thirteen).contains("<caption>十三、2022 年部门预算项目绩效目标表</caption>")
                .contains("<th scope=\"col\" colspan=\"1\" rowspan=\"3\" class=\"name\">单位编码(项目编码)</th>")
                .contains("<th scope=\"colgroup\" colspan=\"4\" rowspan=\"2\" class=\"group\">项目金额(万元)</th>")
                .contains("<th scope=\"colgroup\" colspan=\"8\" rowspan=\"1\" class=\"group\">绩效目标</th>")
                .contains("<th scope=\"colgroup\" colspan=\"2\" rowspan=\"1\" class=\"group\">满意度指标</th>")
                .contains("<tr class=\"kind-total\">").contains("<th scope=\"row\" class=\"text\">合计</th>")
                .contains("<td class=\"amount\">38.40</td>")
                .contains("<th scope=\"row\" rowspan=\"3\" class=\"text\">410304220000000013206</th>")
                .contains("<th scope=\"row\" rowspan=\"3\" class=\"text\">网络使用年租费</th>")
                .contains("<td rowspan=\"3\" class=\"amount\">5.00</td>")
                .contains("<td class=\"text\">≤4小 时</td>");
        assertThat(thirteen.split("<thead>")[1].split("</thead>")[0].split("<tr").length - 1).isEqualTo(3);
        assertThat(widths(thirteen)).as("columns of each row of table 13").isNotEmpty().containsOnly(14);
        // the project's second line: its first tier has one indicator, so 成本指标's cells print empty there
        Matcher second = Pattern.compile("<tr class=\"\">\\s*((?:(?!</tr>).)*网络正常运行率(?:(?!</tr>).)*)</tr>",
                Pattern.DOTALL).matcher(thirteen);
        assertThat(second.find()).isTrue();
        assertThat(all(Pattern.compile("<td[^>]*>([^<]*)</td>"), second.group(1)))
                .containsExactly("", "", "网络正常运行率", "≥99%", "", "", "", "");
        String after = given().accept("text/html").when().get(DOCUMENT, "901").then().statusCode(200).extract()
                .header("ETag");
        assertThat(after).as("the ETag follows tables 12 and 13").isNotEqualTo(before);
        given().accept("text/html").header("If-None-Match", after).when().get(DOCUMENT, "901").then().statusCode(304);

        String text = compact(pdfText(pdf("901")));
        int start = text.indexOf("十二、2022年本级部门(单位)整体绩效目标表");
        assertThat(start).as("table 12's caption in the PDF").isNotNegative();
        String tables = text.substring(start, text.indexOf("第三部分", start));
        assertThat(tables).contains("173.07", "134.67", "38.40", "预算和财务管理", "≤5%", "十三、2022年部门预算项目绩效目标表",
                "410304220000000013206", "5.00", "网络故障修复平均时间", "≤4小时", "≥95%");
    }

    @Test
    void withoutTargetsOrWhenPerformanceServiceFailsTheDocumentSaysWhyAndIsServed() {
        performance.stubFor(get(urlPathMatching(".*/performance/2022/tables/1[23]")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No targets for 2022.\"}")));
        String html = html("901");
        assertThat(section(html, "table-12")).contains("<table class=\"elsewhere\">")
                .contains("绩效目标服务尚无本部门 2022 年度的整体绩效目标，本文档未载本表。")
                .contains("/api/v1/regions/410304/departments/901/performance/2022/tables/12");
        assertThat(section(html, "table-13")).contains("绩效目标服务尚无本部门 2022 年度的项目绩效目标，本文档未载本表。")
                .contains("/api/v1/regions/410304/departments/901/performance/2022/tables/13");

        performance.resetAll();
        performance.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        html = html("901");
        assertThat(section(html, "table-12")).contains("生成本文档时绩效目标服务未应答，本文档暂未载本表。");
        assertThat(section(html, "table-13")).contains("生成本文档时绩效目标服务未应答，本文档暂未载本表。");
        // once 12 went unanswered, 13 is not asked for: the reader does not wait twice
        performance.verify(0, getRequestedFor(urlPathMatching(".*/tables/13")));
        performance.verify(0, getRequestedFor(urlPathMatching(".*/performance/2022/projects")));
    }

    @Test
    void aRefusalOtherThanNoTargetsIsAnUnansweredServiceNotAnEmptyYear() {
        answerTables();
        for (int status : List.of(400, 401, 403)) {
            performance.stubFor(get(urlPathEqualTo(TARGETS + "/overall")).willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"title\":\"Refused\",\"status\":" + status + "}")));
            String html = html("901");
            assertThat(section(html, "table-12")).as("table 12 after a %d", status)
                    .contains("生成本文档时绩效目标服务未应答，本文档暂未载本表。").doesNotContain("尚无本部门");
            assertThat(section(html, "table-13")).as("table 13 after a %d", status)
                    .contains("生成本文档时绩效目标服务未应答，本文档暂未载本表。");
        }
        performance.stubFor(get(urlPathEqualTo(TARGETS + "/overall")).willReturn(target(1)));
        performance.stubFor(get(urlPathEqualTo(TARGETS + "/tables/13")).willReturn(aResponse().withStatus(403)));
        String html = html("901");
        assertThat(section(html, "table-12")).doesNotContain("class=\"elsewhere\"").contains("<tbody>");
        assertThat(section(html, "table-13")).contains("生成本文档时绩效目标服务未应答，本文档暂未载本表。")
                .doesNotContain("尚无本部门");
    }

    @Test
    void tables12And13OfTargetsWrittenAgainstAnotherBudgetVersionAreNotPrinted() {
        answerTables();
        performance.stubFor(get(urlPathEqualTo(TARGETS + "/overall")).willReturn(target(2)));
        performance.stubFor(get(urlPathEqualTo(TARGETS + "/projects")).willReturn(targets(1, 2)));
        String html = html("901");
        assertThat(section(html, "table-12")).contains("<table class=\"elsewhere\">")
                .contains("绩效目标服务的本部门 2022 年度整体绩效目标依据预算第 2 版编制，与本文档（第 1 版）不符，本文档未载本表。");
        assertThat(section(html, "table-13")).contains("<table class=\"elsewhere\">")
                .contains("绩效目标服务的本部门 2022 年度项目绩效目标依据预算第 1、2 版编制，与本文档（第 1 版）不符，本文档未载本表。");
        // a table of another version's targets is not even fetched
        performance.verify(0, getRequestedFor(urlPathMatching(".*/tables/1[23]")));
    }

    /**
     * performance-service's tables 12 and 13 of department 901, as it answers them in JSON, and its targets (as far as
     * the budget version they were written against): of the published version 1.
     */
    private void answerTables() {
        for (String number : List.of("12", "13")) {
            performance.stubFor(get(urlPathEqualTo(TARGETS + "/tables/" + number)).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Packages.read("/performance-stub/table-" + number + ".json"))));
        }
        performance.stubFor(get(urlPathEqualTo(TARGETS + "/overall")).willReturn(target(1)));
        performance.stubFor(get(urlPathEqualTo(TARGETS + "/projects")).willReturn(targets(1, 1)));
    }

    /** The overall target as performance-service answers it, written against a budget version. */
    private static ResponseDefinitionBuilder target(int budgetVersion) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(targetJson(budgetVersion));
    }

    /** Project targets as performance-service answers them, each written against a budget version. */
    private static ResponseDefinitionBuilder targets(int... budgetVersions) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(java.util.Arrays
                .stream(budgetVersions).mapToObj(DisclosureResourceTest::targetJson)
                .collect(java.util.stream.Collectors.joining(",", "[", "]")));
    }

    private static String targetJson(int budgetVersion) {
        return "{\"region\":\"410304\",\"department\":\"901\",\"fiscalYear\":2022,\"budget\":{\"budgetVersion\":"
                + budgetVersion + ",\"total\":1730700.00},\"revision\":1}";
    }

    /** The section of the document that holds one table. */
    private static String section(String html, String anchor) {
        int start = html.indexOf("<section class=\"doc-table\" id=\"" + anchor + "\"");
        assertThat(start).as("the section " + anchor).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    /**
     * How many columns each row of a section's tables takes, as a browser places its cells: its own cells' column
     * spans and the columns that merged cells of rows above cover (thead and tbody apart).
     */
    private static List<Integer> widths(String section) {
        List<Integer> widths = new ArrayList<>();
        Pattern row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
        Pattern cell = Pattern.compile("<t[hd]([^>]*)>");
        for (String group : section.split("</thead>|</tbody>")) {
            List<Integer> covering = new ArrayList<>();
            Matcher rows = row.matcher(group);
            while (rows.find()) {
                int width = 0;
                List<Integer> next = new ArrayList<>();
                for (int rest : covering) {
                    width++;
                    if (rest > 1) {
                        next.add(rest - 1);
                    }
                }
                Matcher cells = cell.matcher(rows.group(1));
                while (cells.find()) {
                    int columns = span(cells.group(1), "colspan");
                    int down = span(cells.group(1), "rowspan");
                    width += columns;
                    for (int c = 0; c < columns && down > 1; c++) {
                        next.add(down - 1);
                    }
                }
                covering = next;
                widths.add(width);
            }
        }
        return widths;
    }

    private static int span(String attributes, String name) {
        Matcher span = Pattern.compile(name + "=\"(\\d+)\"").matcher(attributes);
        return span.find() ? Integer.parseInt(span.group(1)) : 1;
    }

    @Test
    void everyWrongRequestIsAProblem() {
        given().accept("text/html").when().get(DOCUMENT, "999").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("text/html").queryParam("version", 7).when().get(DOCUMENT, "901").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("text/html").queryParam("version", 0).when().get(DOCUMENT, "901").then().statusCode(400)
                .contentType("application/problem+json");
        given().accept("application/json").when().get(DOCUMENT, "901").then().statusCode(406)
                .contentType("application/problem+json");
        given().accept("application/pdf").queryParam("version", 1).when().get(DOCUMENT, "901").then().statusCode(200)
                .header("Content-Disposition", is("inline; filename=\"410304-901-2022-v1-disclosure.pdf\""));
        given().when().get("/api/v1/disclosure/fonts/NotoSansSC-Regular.ttf").then().statusCode(200)
                .contentType("font/ttf").header("Cache-Control", containsString("max-age"));
        given().when().get("/api/v1/disclosure/fonts/Arial.ttf").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Without whitespace: a PDF's text breaks lines and spaces cells as it lays them out. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String amount(JsonNode value) {
        return value.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
