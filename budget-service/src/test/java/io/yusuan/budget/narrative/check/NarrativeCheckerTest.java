package io.yusuan.budget.narrative.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.budget.narrative.check.NarrativeFinding.Aspect;
import io.yusuan.budget.narrative.check.NarrativeFinding.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check of a hand-written 情况说明, on the source document's own and on hand-edited paragraphs. */
class NarrativeCheckerTest {

    @Test
    void findsOnlyTheSourceDocumentsOperatingCostsGrowthOf303PercentWhereTheFiguresGive313() {
        String text = SourceFigures.explanation();

        NarrativeChecker.Result result = SourceFigures.check(text);

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.FIGURE_DIFFERS);
            assertThat(finding.figure()).isEqualTo("operatingCosts");
            assertThat(finding.aspect()).isEqualTo(Aspect.CHANGE_PERCENT);
            assertThat(finding.stated()).isEqualTo("增长 3.03%");
            assertThat(finding.expected()).isEqualTo("增长 3.13%");
            assertThat(finding.paragraph()).isEqualTo(10);
            assertThat(text.substring(finding.offset())).startsWith("3.03%，主要原因是上年度统计范围仅为公用经费。");
            assertThat(finding.sentence()).isEqualTo("机关运行经费较上年度增加 0.25 万元，增长 3.03%，主要原因是上年度统计范围仅为公用经费。");
            assertThat(finding.detail()).contains("8.23 万元 against 7.98 万元");
        });
        // every figure of paragraphs 一 to 十: 6 + 2 + 5 + 3 + 5 + 5 + 6 + 0 + 0 + 14
        assertThat(result.checked()).isEqualTo(46);
    }

    @Test
    void findsAWrongTotalWhosePartsDoNotAddUpAndAChangeGivenTheWrongWay() {
        String text = """
                一、收入支出预算总体情况说明
                区政务服务和大数据管理局 2022 年收入总计 173.07 万元，支出总计 173.07 万元，与 2021 年预算相比，收入增加 2.42 万元，\
                增长 1.38%。主要原因：减少电梯运行维护费用；支出减少 2.42 万元，下降 1.38%。
                三、支出预算总体情况说明
                区政务服务和大数据管理局 2022 年支出合计 183.07 万元，其中：基本支出 134.67 万元，占 77.81%；项目支出 38.40 万元，占 22.19%。
                """;

        List<NarrativeFinding> findings = SourceFigures.check(text).findings();

        assertThat(findings).extracting(NarrativeFinding::kind, NarrativeFinding::figure, NarrativeFinding::paragraph,
                        NarrativeFinding::stated, NarrativeFinding::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.WRONG_DIRECTION, "revenue", 1, "增加 2.42 万元", "减少 2.42 万元"),
                        org.assertj.core.groups.Tuple.tuple(Kind.FIGURE_DIFFERS, "expenditure", 3, "183.07 万元", "173.07 万元"),
                        org.assertj.core.groups.Tuple.tuple(Kind.PARTS_DO_NOT_ADD_UP, "expenditure", 3, "183.07 万元", "173.07 万元"));
        assertThat(findings.get(0).detail()).contains("giving the reason “减少电梯运行维护费用”").contains("fell");
        assertThat(text.substring(findings.get(1).offset())).startsWith("183.07 万元，其中");
    }

    @Test
    void aShareIsOfTheParagraphsWholeAndAChangeOfTheFigureNamedBeforeIt() {
        String text = """
                六、一般公共预算基本支出预算情况说明
                2022 年一般公共预算基本支出年初预算为 134.67 万元。其中：人员经费支出 126.44 万元，占 93.98%；公用经费支出 8.23 万元，占 6.11%。
                十、其他重要事项情况说明
                机构运行经费支出预算 8.23 万元，较上年度减少 0.25 万元。
                """;

        List<NarrativeFinding> findings = SourceFigures.check(text).findings();

        assertThat(findings).extracting(NarrativeFinding::figure, NarrativeFinding::aspect, NarrativeFinding::stated,
                        NarrativeFinding::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("personnel", Aspect.SHARE, "93.98%", "93.89%"),
                        org.assertj.core.groups.Tuple.tuple("operatingCosts", Aspect.CHANGE, "减少 0.25 万元", "增加 0.25 万元"));
    }

    @Test
    void aChangeAfterATotalsPartsIsOfTheTotal() {
        String text = """
                七、一般公共预算“三公”经费支出预算情况说明
                （三）公务用车购置及运行费 0 万元，其中：公务用车购置费 0 万元；公务用车运行维护费 0 万元，主要用于燃料费等支出。\
                预算数较 2021 年增加 1.00 万元。
                """;

        List<NarrativeFinding> findings = SourceFigures.check(text).findings();

        assertThat(findings).extracting(NarrativeFinding::kind, NarrativeFinding::figure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.WRONG_DIRECTION, "vehicles"),
                        org.assertj.core.groups.Tuple.tuple(Kind.FIGURE_DIFFERS, "vehicles"));
    }

    @Test
    void figuresOfAReasonAndFiguresItCannotPlaceAreNotChecked() {
        String text = """
                一、收入支出预算总体情况说明
                收入总计 173.07 万元，与 2021 年预算相比，收入减少 2.42 万元。主要原因：减少 3 个项目，节约 12.50 万元。
                本部门共有 35 名干部，办公面积 1200 平方米，占地 3.50%。
                """;

        NarrativeChecker.Result result = SourceFigures.check(text);

        assertThat(result.findings()).isEmpty();
        assertThat(result.checked()).isEqualTo(2);
    }

    @Test
    void vehiclesAndProcurementAreCountedAndAddedUp() {
        String text = """
                十、其他重要事项情况说明
                政府采购预算安排 0 万元，其中：政府采购货物预算 0 万元、政府采购工程预算 0 万元、政府采购服务预算 0 万元。
                2021 年期末，共有车辆 2 辆，其中：一般公务用车 1 辆、一般执法执勤用车 0 辆、特种专业技术用车 0 辆，其他用车 0 辆；\
                单位价值50万元以上通用设备 0 套，单位价值100万元以上专用设备 0 套。
                """;

        List<NarrativeFinding> findings = SourceFigures.check(text).findings();

        assertThat(findings).extracting(NarrativeFinding::kind, NarrativeFinding::figure, NarrativeFinding::stated,
                        NarrativeFinding::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.FIGURE_DIFFERS, "vehicleCount", "2 辆", "0 辆"),
                        org.assertj.core.groups.Tuple.tuple(Kind.PARTS_DO_NOT_ADD_UP, "vehicleCount", "2 辆", "1 辆"),
                        org.assertj.core.groups.Tuple.tuple(Kind.FIGURE_DIFFERS, "vehicles.general", "1 辆", "0 辆"));
    }

    @Test
    void aFindingQuotesAtMost200CharactersOfALongSentence() {
        String text = "十、其他重要事项情况说明\n" + "说明".repeat(300) + "机关运行经费较上年度增加 0.25 万元，增长 3.03%，" + "理由".repeat(300) + "。";

        NarrativeFinding finding = SourceFigures.check(text).findings().get(0);

        assertThat(finding.stated()).isEqualTo("增长 3.03%");
        assertThat(finding.sentence()).hasSizeLessThanOrEqualTo(FigureExtractor.MAX_SENTENCE).contains("增长 3.03%");
    }

    @Test
    void refusesMoreFiguresThanItReads() {
        String text = " " + "1元".repeat(NarrativeChecker.MAX_FIGURES + 1);

        assertThatThrownBy(() -> SourceFigures.check(text)).isInstanceOf(NarrativeChecker.TooManyFigures.class);
        assertThat(SourceFigures.check(" " + "1元".repeat(NarrativeChecker.MAX_FIGURES)).findings()).isEmpty();
    }
}
