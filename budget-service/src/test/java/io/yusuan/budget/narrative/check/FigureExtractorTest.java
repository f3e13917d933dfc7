package io.yusuan.budget.narrative.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.budget.narrative.check.StatedFigure.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the figures of a narrative: amounts, percentages and counts, with where they stand. */
class FigureExtractorTest {

    @Test
    void readsAmountsPercentagesAndCountsButNotYearsOrThresholds() {
        FigureExtractor.Block block = FigureExtractor.paragraph("2021 年期末，共有车辆 0 辆；单位价值50万元以上通用设备0套。"
                + "收入 1,754.90 万元，增长 3.03 %，计 500 元。", 0);

        List<StatedFigure> figures = FigureExtractor.figures(block);

        assertThat(figures).extracting(StatedFigure::text).containsExactly("0 辆", "0套", "1,754.90 万元", "3.03 %", "500 元");
        assertThat(figures).extracting(StatedFigure::unit)
                .containsExactly(Unit.COUNT, Unit.COUNT, Unit.WAN, Unit.PERCENT, Unit.YUAN);
        assertThat(figures.get(2).value()).isEqualByComparingTo(new BigDecimal("1754.90"));
        assertThat(figures.get(1).before()).isEqualTo("单位价值50万元以上通用设备");
    }

    @Test
    void numbersParagraphsByTheirHeadingsAndPlacesFiguresInTheWholeText() {
        String text = "部门预算情况说明\n一、收入支出预算总体情况说明\n收入总计 1 万元。\n十、其他重要事项情况说明\n（一）机构运行经费 2 万元。";

        List<FigureExtractor.Block> blocks = FigureExtractor.paragraphs(text);

        assertThat(blocks).extracting(FigureExtractor.Block::number).containsExactly(0, 1, 10);
        StatedFigure last = FigureExtractor.figures(blocks.get(2)).get(0);
        assertThat(last.paragraph()).isEqualTo(10);
        assertThat(text.substring(last.offset())).startsWith("2 万元");
        assertThat(last.sentence()).isEqualTo("十、其他重要事项情况说明（一）机构运行经费 2 万元。");
    }

    @Test
    void aParagraphGivenWithoutItsHeadingIsNumberedByItsPlace() {
        assertThat(FigureExtractor.paragraph("区政务服务和大数据管理局 2022 年收入合计 173.07 万元。", 1).number()).isEqualTo(2);
        assertThat(FigureExtractor.paragraph("七、一般公共预算“三公”经费支出预算情况说明\n…", 0).number()).isEqualTo(7);
    }

    @Test
    void readsEveryFigureOfALongTextWithoutASentenceEndOnceAndStopsPastTheLimit() {
        // 25,000 figures in one sentence (no 。): each is read once, its sentence bounded, not the whole text
        FigureExtractor.Block block = FigureExtractor.paragraph(" " + "1元".repeat(25_000), 0);

        List<StatedFigure> figures = FigureExtractor.figures(block);

        assertThat(figures).hasSize(25_000);
        assertThat(figures).allSatisfy(f -> assertThat(f.around().to() - f.around().from())
                .isLessThanOrEqualTo(FigureExtractor.MAX_SENTENCE));
        assertThat(figures.get(12_345).sentence()).hasSizeLessThanOrEqualTo(FigureExtractor.MAX_SENTENCE).contains("1元");
        assertThat(FigureExtractor.figures(block, 2_000)).hasSize(2_001);
    }

    @Test
    void aSentenceIsAtMost200CharactersAroundItsFigure() {
        String before = "甲".repeat(500);
        String after = "乙".repeat(500);
        FigureExtractor.Block block = FigureExtractor.paragraph("开头。" + before + "收入总计 1 万元" + after + "。结尾 2 万元。", 0);

        List<StatedFigure> figures = FigureExtractor.figures(block);

        String sentence = figures.get(0).sentence();
        assertThat(sentence).hasSizeLessThanOrEqualTo(FigureExtractor.MAX_SENTENCE).contains("收入总计 1 万元")
                .startsWith("甲").endsWith("乙");
        assertThat(figures.get(1).sentence()).isEqualTo("结尾 2 万元。");
    }

    @Test
    void aFigureAfterTheWordReasonInItsClauseIsInTheReason() {
        FigureExtractor.Block block = FigureExtractor.paragraph(
                "收入减少 2.42 万元。主要原因：减少 3 个项目，节约 12.50 万元；支出 5 万元。原因 6 个", 0);

        assertThat(FigureExtractor.figures(block)).extracting(StatedFigure::inReason)
                .containsExactly(false, true, true, false, true);
    }
}
