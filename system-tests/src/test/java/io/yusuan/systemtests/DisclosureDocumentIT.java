package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.localrun.Service;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The disclosure document of the published demo budget, from the running budget-service: its HTML has the four
 * parts, the thirteen table captions and every figure the source document prints in tables 01–11, and tables 12 and
 * 13 read from the running performance-service with every cell the source prints in them; its PDF is served and
 * states the figures of 12 and 13;
 * and Debian's headless Chromium lays the HTML out with every table inside the width of an A4 page, and takes a
 * screenshot of the first table (kept as {@code system-tests/target/disclosure/disclosure-first-table.png}), set in
 * the font budget-service serves for browsers without a Chinese font of their own.
 * Without {@code /usr/bin/chromium} the browser test is skipped, saying so.
 */
@ExtendWith(LocalStackExtension.class)
class DisclosureDocumentIT {

    private static final String DOCUMENT = "/api/v1/regions/410304/departments/141/budgets/2022/disclosure";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** A4's width at the browser's 96 CSS pixels per inch: 210 mm. */
    private static final int A4_WIDTH = 794;
    private static final int A4_HEIGHT = 1123;
    private static final Path KEPT = Path.of("target", "disclosure");
    private static final String FONTS = "/api/v1/disclosure/fonts/";
    private static final String PERFORMANCE_CELLS = "/source-document/cells/410304-141-2022-performance.tsv";
    private static final List<String> TITLES = List.of("部门收支预算表", "部门收入预算表", "部门支出预算表", "财政拨款收支预算表",
            "一般公共预算支出预算表", "一般公共预算基本支出预算表", "支出经济分类汇总表", "一般公共预算“三公”经费预算表",
            "政府性基金预算支出预算表", "国有资本经营预算支出预算表", "项目支出预算表", "部门（单位）整体绩效目标表", "部门预算项目绩效目标表");
    private static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一",
            "十二", "十三");
    /** The source document's printed tables budget-service serves (08, 09 and 10 print no figure). */
    private static final List<String> PRINTED = List.of("2022 年部门收支预算表", "2022 年部门支出预算表", "2022 年财政拨款收支预算表",
            "2022 年一般公共预算支出预算表", "2022 年一般公共预算基本支出预算表", "2022 年项目支出预算表");

    /**
     * Measures every table where the browser laid it out: its edges against its container's and the page's, and
     * the cells whose content does not fit them; the result goes into the DOM that --dump-dom prints.
     */
    private static final String MEASURE = """
            <script>
            (function () {
              var page = document.documentElement.clientWidth, out = [];
              document.querySelectorAll('table').forEach(function (t) {
                var r = t.getBoundingClientRect(), p = t.parentElement.getBoundingClientRect(), overflowing = 0;
                t.querySelectorAll('th, td').forEach(function (c) { if (c.scrollWidth > c.clientWidth + 1) overflowing++; });
                out.push({caption: t.caption ? t.caption.textContent : '', left: r.left, right: r.right,
                  containerLeft: p.left, containerRight: p.right, page: page, overflowing: overflowing});
              });
              var pre = document.createElement('pre');
              pre.id = 'measured';
              pre.textContent = JSON.stringify(out);
              document.body.appendChild(pre);
            })();
            </script>
            """;

    @Test
    void theDocumentHasItsFourPartsThirteenTablesAndEveryPrintedFigure(LoadedDemo demo) {
        String html = html(demo);
        assertThat(html).contains("lang=\"zh-CN\"").contains("第一部分").contains("第二部分").contains("第三部分")
                .contains("第四部分").contains("名词解释").contains("一、主要职责").contains("办公室、综合科、业务科")
                .doesNotContain("草稿");
        List<String> captions = all(Pattern.compile("<caption>(.*?)</caption>"), html, 1);
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < TITLES.size(); i++) {
            String numeral = NUMERALS.get(i);
            soft.assertThat(html).as("the contents list " + TITLES.get(i)).contains(numeral + "、" + TITLES.get(i) + "</a>");
            soft.assertThat(captions).as("a caption of " + TITLES.get(i))
                    .anyMatch(caption -> caption.startsWith(numeral + "、2022 年"));
        }
        SourceDocument source = SourceDocument.read();
        for (String title : PRINTED) {
            for (String line : source.table(title).lines()) {
                for (String cell : line.split("\t")) {
                    if (cell.strip().matches("\\d+\\.\\d{2}")) {
                        soft.assertThat(html).as(title + "'s " + cell.strip()).contains(">" + cell.strip() + "<");
                    }
                }
            }
        }
        soft.assertAll();
        byte[] pdf = given().baseUri(demo.stack().baseUrl(Service.BUDGET).toString()).accept("application/pdf")
                .get(DOCUMENT).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /**
     * Tables 12 and 13, which budget-service reads from the running performance-service: every cell the source
     * document prints in them (source-document/cells/410304-141-2022-performance.tsv, with the cells Yusuan serves
     * otherwise on purpose as it serves them) is a cell of the document's table, and the PDF states every amount of
     * the two and their indicator values, e.g. 38.40 and ≤4小 时.
     */
    @Test
    void tables12And13AreReadFromPerformanceServiceWithEveryPrintedCell(LoadedDemo demo) throws IOException {
        String html = html(demo);
        SoftAssertions soft = new SoftAssertions();
        List<String> amounts = new ArrayList<>();
        for (SourceDocumentCellsIT.TextTable expected : SourceDocumentCellsIT.readTexts(PERFORMANCE_CELLS)) {
            String section = section(html, "table-" + expected.number());
            soft.assertThat(section).as("table " + expected.number() + " is printed, not a note")
                    .doesNotContain("class=\"elsewhere\"").contains("<tbody>");
            List<String> cells = all(Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL), section, 1).stream()
                    .map(cell -> SourceDocumentCellsIT.normal(unescape(cell.replaceAll("<[^>]+>", "")))).toList();
            for (SourceDocumentCellsIT.TextCell cell : expected.cells()) {
                String value = expected.served().stream()
                        .filter(served -> served.row().equals(cell.row()) && served.column().equals(cell.column())
                                && served.printed().equals(cell.value()))
                        .map(SourceDocumentCellsIT.Served::served).findFirst().orElse(cell.value());
                if (value.matches("\\d+\\.\\d{2}")) {
                    amounts.add(value);
                }
                soft.assertThat(cells).as("table %s's cell %s", expected.number(), cell).contains(value);
            }
        }
        soft.assertAll();
        assertThat(amounts).contains("173.07", "134.67", "38.40", "4.50", "5.00");

        byte[] pdf = given().baseUri(demo.stack().baseUrl(Service.BUDGET).toString()).accept("application/pdf")
                .get(DOCUMENT).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = SourceDocument.compact(new PDFTextStripper().getText(document));
        }
        int start = text.indexOf("十二、2022年本级部门(单位)整体绩效目标表");
        assertThat(start).as("table 12's caption in the PDF").isNotNegative();
        String tables = text.substring(start, text.indexOf("第三部分", start));
        assertThat(tables).contains("十三、2022年部门预算项目绩效目标表");
        amounts.forEach(amount -> soft.assertThat(tables).as("the PDF's " + amount).contains(amount));
        for (String value : List.of("≤4小时", "≥7小时", "≤5%", "≤100%", "365天", "≥95%", "即时响应", "4.5万元")) {
            soft.assertThat(tables).as("the PDF's " + value).contains(value);
        }
        soft.assertAll();
    }

    /** The section of the document that holds one table. */
    private static String section(String html, String anchor) {
        int start = html.indexOf("<section class=\"doc-table\" id=\"" + anchor + "\"");
        assertThat(start).as("the section " + anchor).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void everyTableFitsTheWidthOfAnA4PageInChromium(LoadedDemo demo) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "SKIPPED: Debian's chromium is not installed at " + CHROMIUM
                + " (apt-get install chromium); the disclosure document's layout is not checked in a browser");
        String html = local(demo, html(demo));
        Path measured = KEPT.resolve("disclosure-measured.html");
        Files.writeString(measured, html.replace("</body>", MEASURE + "</body>"));
        String dom = chromium("--dump-dom", measured.toAbsolutePath().toUri().toString());
        Matcher result = Pattern.compile("<pre id=\"measured\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(result.find()).as("the measuring script ran; the DOM was:%n%s", dom).isTrue();
        JsonNode tables = new ObjectMapper().readTree(unescape(result.group(1)));
        assertThat(tables.size()).as("tables laid out").isGreaterThanOrEqualTo(TITLES.size());
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode table : tables) {
            String caption = table.path("caption").asText();
            soft.assertThat(table.path("left").asDouble()).as(caption + " left edge").isGreaterThanOrEqualTo(0);
            soft.assertThat(table.path("right").asDouble()).as(caption + " right edge within its container")
                    .isLessThanOrEqualTo(table.path("containerRight").asDouble() + 0.5);
            soft.assertThat(table.path("right").asDouble()).as(caption + " right edge within the A4 width")
                    .isLessThanOrEqualTo(A4_WIDTH);
            soft.assertThat(table.path("overflowing").asInt()).as(caption + " cells whose content overflows")
                    .isZero();
        }
        soft.assertAll();

        // the first table alone, as a printed page shows it
        Path firstTable = KEPT.resolve("disclosure-first-table.html");
        Files.writeString(firstTable, html.replace("</head>", "<style>body > :not(#table-01) { display: none !important; }"
                + " #table-01 { margin-top: 0; border-top: 0; }</style></head>"));
        Path screenshot = KEPT.resolve("disclosure-first-table.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium("--screenshot=" + screenshot, "--hide-scrollbars", firstTable.toAbsolutePath().toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image).as("the screenshot %s", screenshot).isNotNull();
        assertThat(image.getWidth()).isEqualTo(A4_WIDTH);
        assertThat(image.getHeight()).isEqualTo(A4_HEIGHT);
    }

    /**
     * The document for a file next to budget-service's fonts: the HTML is measured from a file, to run a script in
     * it, and this machine may have no Chinese font but the one budget-service serves for such browsers.
     */
    private static String local(LoadedDemo demo, String html) throws IOException {
        Path fonts = Files.createDirectories(KEPT.resolve("fonts"));
        for (String font : List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")) {
            byte[] bytes = given().baseUri(demo.stack().baseUrl(Service.BUDGET).toString())
                    .get("/api/v1/disclosure/fonts/" + font).then().statusCode(200).contentType("font/ttf")
                    .extract().asByteArray();
            Files.write(fonts.resolve(font), bytes);
        }
        assertThat(html).contains("url('" + FONTS);
        return html.replace("url('" + FONTS, "url('fonts/");
    }

    private static String html(LoadedDemo demo) {
        return given().baseUri(demo.stack().baseUrl(Service.BUDGET).toString()).accept("text/html")
                .get(DOCUMENT).then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
    }

    /** Runs headless Chromium with a fresh profile on an A4-wide window; its standard output. */
    private static String chromium(String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("yusuan-chromium-");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--allow-file-access-from-files",
                "--user-data-dir=" + profile, "--window-size=" + A4_WIDTH + "," + A4_HEIGHT,
                "--virtual-time-budget=5000"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("yusuan-chromium-", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished: %s", command).isTrue();
            assertThat(process.exitValue()).as("chromium's exit code: %s", command).isZero();
            return Files.readString(output);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }
}
