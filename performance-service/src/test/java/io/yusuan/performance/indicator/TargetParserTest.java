package io.yusuan.performance.indicator;

import static io.yusuan.performance.indicator.TargetNote.Code.GARBLE_REPAIRED;
import static io.yusuan.performance.indicator.TargetNote.Code.NAME_GLUED;
import static io.yusuan.performance.indicator.TargetNote.Code.NO_OPERATOR;
import static io.yusuan.performance.indicator.TargetNote.Code.UNKNOWN_UNIT;
import static io.yusuan.performance.indicator.TargetNote.Code.UNPARSEABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetParserTest {

    /**
     * Every 指标值 of the source document (system-tests/src/test/resources/source-document/000_8e6c25a644b02c44.txt),
     * as extracted from the PDF: the 部门整体绩效目标表 (lines 408–441) and the 项目绩效目标表 (lines 450–474), one row
     * per cell, named by line and 三级指标.
     */
    static Stream<Arguments> sourceDocumentTargets() {
        return Stream.of(
                // 部门整体绩效目标表 › 投入管理指标
                arguments("408 年度履职目标相关性", "相关", qualitative("相关")),
                arguments("409 工作任务科学性", "科学", qualitative("科学")),
                arguments("410 绩效指标合理性", "合理", qualitative("合理")),
                arguments("412 预算编制完整性", "完整", qualitative("完整")),
                arguments("413 专项资金细化率", "100%", bare("100", "%")),
                arguments("414 预算执行率", "100%", bare("100", "%")),
                arguments("415 预算调整率", "≤5%", atMost("5", "%")),
                arguments("416 结转结余率", "≤5%", atMost("5", "%")),
                arguments("417 “三公经费”控制率", "≤100%", atMost("100", "%")),
                arguments("418 政府采购执行率", "100%", bare("100", "%")),
                arguments("419 决算真实性", "真实", qualitative("真实")),
                arguments("420 资金使用合规性", "合规", qualitative("合规")),
                arguments("423 管理制度健全性", "健全", qualitative("健全")),
                arguments("424 预决算信息公开性", "公开", qualitative("公开")),
                arguments("425 资产管理规范性", "规范", qualitative("规范")),
                arguments("426 绩效目标编制完成率", "100%", bare("100", "%")),
                arguments("429 绩效监控完成率", "100%", bare("100", "%")),
                arguments("430 绩效自评完成率", "100%", bare("100", "%")),
                arguments("431 部门绩效评价完成率", "100%", bare("100", "%")),
                arguments("432 评价结果应用率", "100%", bare("100", "%")),
                // 部门整体绩效目标表 › 产出指标, 效益指标
                arguments("433 12345 政务服务热线（110 联动）", "正常运行及开展工作", qualitative("正常运行及开展工作")),
                arguments("434 政务服务工作", "不断提升政务服务质量，持续优化营商环境。",
                        qualitative("不断提升政务服务质量，持续优化营商环境。")),
                arguments("435 12345 政务服务热线（110 联动）", "高效运转", qualitative("高效运转")),
                arguments("436 政务服务工作标准化", "不断完善", qualitative("不断完善")),
                arguments("437 政务服务事项网上办理", "办理率 99%",
                        bare("99", "%").glued("办理率").notes(NAME_GLUED, NO_OPERATOR)),
                arguments("438 不断提升政务服务质量…", "有效提升", qualitative("有效提升")),
                arguments("439 保证 110 诉求事项的及时处理…", "成效显著", qualitative("成效显著")),
                arguments("440 诉求群众的满意率", "≥95%", atLeast("95", "%")),
                arguments("441 办事企业群众的满意度", "≥98%", atLeast("98", "%")),
                // 项目绩效目标表 › 政务服务工作经费
                arguments("450 政务服务工作经费 成本", "20 万元", bare("20", "万元")),
                arguments("450 服务窗口数量", "46 个", bare("46", "个")),
                arguments("450 持续提升政务服务", "≥90%", atLeast("90", "%")),
                arguments("450 办事群众的满意率", "≥95%", atLeast("95", "%")),
                arguments("451 实体政务大厅的标准化建设", "≥90%", atLeast("90", "%")),
                arguments("452 工作日期间为办事群众提供服务时间", "≥7 小时", atLeast("7", "小时")),
                // 110 专项经费
                arguments("453 保障 110 工作正常开展 (成本)", "4.5 万元", bare("4.5", "万元")),
                arguments("453 110 工作人员", "6 人", bare("6", "人")),
                arguments("453 有效维护我区社会稳定率", "≥90%", atLeast("90", "%")),
                arguments("453 110 诉求群众的满意度", "≥95%", atLeast("95", "%")),
                arguments("455 保障 110 联动工作的正常运行", "≥99%", atLeast("99", "%")),
                arguments("456 全年值班时间", "365 天", bare("365", "天")),
                // 网络使用年租费
                arguments("457 网络运行维护成本", "5 万元", bare("5", "万元")),
                arguments("457 网络维护数量", "1 条", bare("1", "条")),
                arguments("457 保障我区政务服务事项的办理及日常工作开展", "≥99%", atLeast("99", "%")),
                arguments("457 办事群众满意度", "≥95%", atLeast("95", "%")),
                arguments("458 网络正常运行率", "≥99%", atLeast("99", "%")),
                arguments("459 网络运行时间", "24 小时", bare("24", "小时")),
                arguments("460 网络维护响应时间", "即时响应", qualitative("即时响应")),
                arguments("461 网络故障修复平均时间", "≤4 小时", atMost("4", "小时")),
                // 政务外网年租费
                arguments("462 线路维护成本", "3.84 万元", bare("3.84", "万元")),
                arguments("462 线路维护数量", "32 条", bare("32", "条")),
                arguments("462 政务服务实现网上", "≥90%", atLeast("90", "%")),
                arguments("462 适用对象满意度", "≥95%", atLeast("95", "%")),
                arguments("463 线路正常运行率", "≥95%", atLeast("95", "%")),
                arguments("463 政务服务实现网上影响程度", "明显", qualitative("明显")),
                arguments("464 线路维护响应时间", "即时响应", qualitative("即时响应")),
                arguments("466 线路故障修复平均时间", "≤4小 时", atMost("4", "小时")),
                // 110 智能化平台维护费
                arguments("467 平台运行维护成本", "3.5 万元", bare("3.5", "万元")),
                arguments("467 平台维护数量", "9 个", bare("9", "个")),
                arguments("467 对工作效率的提升程度", "≥80%", atLeast("80", "%")),
                arguments("467 平台使用对象满意度", "≥95%", atLeast("95", "%")),
                arguments("468 平台正常运行率", "≥99%", atLeast("99", "%")),
                arguments("469 平台维护响应时间", "即响应 时", qualitative("即时响应").notes(GARBLE_REPAIRED)),
                arguments("470 平台故障修复平均时间", "≤2小 时", atMost("2", "小时")),
                // 电子政务网年租费
                arguments("471 线路运行维护成本", "1.56 万元", bare("1.56", "万元")),
                arguments("471 线路维护数量", "13 条", bare("13", "条")),
                arguments("471 政务服务实现网上办理", "≥90%", atLeast("90", "%")),
                arguments("471 适用服务对象满意度", "≥95%", atLeast("95", "%")),
                arguments("472 线路正常运行率", "≥95%", atLeast("95", "%")),
                arguments("472 政务服务实现网上办理影响程度", "明显", qualitative("明显")),
                arguments("473 线路运行维护响应时间", "即时响 应", qualitative("即时响应")),
                arguments("474 线路故障修复平均时间", "≤4小 时", atMost("4", "小时")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sourceDocumentTargets")
    void readsEveryTargetOfTheSourceDocument(String where, String raw, Expected expected) {
        expected.check(TargetParser.parse(raw), raw);
    }

    /** What budget offices type and PDFs produce, beyond the source document. */
    static Stream<Arguments> messyForms() {
        return Stream.of(
                // full-width signs and digits
                arguments("＞＝95％", atLeast("95", "%")),
                arguments("＞95％", quantitative(Operator.GREATER, "95", "%", Polarity.HIGHER_IS_BETTER)),
                arguments("＜5％", quantitative(Operator.LESS, "5", "%", Polarity.LOWER_IS_BETTER)),
                arguments("＝100％", quantitative(Operator.EQUAL, "100", "%", Polarity.EXACT)),
                arguments("≥９５．５％", atLeast("95.5", "%")),
                // ASCII and other spellings of ≥ and ≤
                arguments(">=95%", atLeast("95", "%")),
                arguments("=>95%", atLeast("95", "%")),
                arguments("<=4小时", atMost("4", "小时")),
                arguments("=<4小时", atMost("4", "小时")),
                arguments("≧95%", atLeast("95", "%")),
                arguments("⩾95%", atLeast("95", "%")),
                arguments("≦5%", atMost("5", "%")),
                arguments("⩽5%", atMost("5", "%")),
                arguments(">95%", quantitative(Operator.GREATER, "95", "%", Polarity.HIGHER_IS_BETTER)),
                arguments("<2小时", quantitative(Operator.LESS, "2", "小时", Polarity.LOWER_IS_BETTER)),
                // words
                arguments("大于等于95%", atLeast("95", "%")),
                arguments("大于或等于95%", atLeast("95", "%")),
                arguments("不低于95%", atLeast("95", "%")),
                arguments("不少于46个", atLeast("46", "个")),
                arguments("不小于90%", atLeast("90", "%")),
                arguments("小于等于4小时", atMost("4", "小时")),
                arguments("小于或等于4小时", atMost("4", "小时")),
                arguments("不高于5%", atMost("5", "%")),
                arguments("不超过20万元", atMost("20", "万元")),
                arguments("不大于5%", atMost("5", "%")),
                arguments("不多于3次", atMost("3", "次")),
                arguments("大于90%", quantitative(Operator.GREATER, "90", "%", Polarity.HIGHER_IS_BETTER)),
                arguments("小于2小时", quantitative(Operator.LESS, "2", "小时", Polarity.LOWER_IS_BETTER)),
                arguments("95%以上", atLeast("95", "%")),
                arguments("95%及以上", atLeast("95", "%")),
                arguments("5%以下", atMost("5", "%")),
                arguments("2小时以内", atMost("2", "小时")),
                arguments("3个工作日以内", atMost("3", "工作日")),
                arguments("≥95%以上", atLeast("95", "%")),
                // spaces and line breaks inside the value
                arguments("≥ 95 %", atLeast("95", "%")),
                arguments(" ≥95% ", atLeast("95", "%")),
                arguments("≥\u300095%", atLeast("95", "%")),
                arguments("≥\u00a095%", atLeast("95", "%")),
                arguments("≥\u200b95%", atLeast("95", "%")),
                arguments("≤4小\n时", atMost("4", "小时")),
                arguments("≤4\r\n小时", atMost("4", "小时")),
                arguments("即时响\n应", qualitative("即时响应")),
                arguments("即响应\n时", qualitative("即时响应").notes(GARBLE_REPAIRED)),
                // a name glued to the value
                arguments("办理率99%", bare("99", "%").glued("办理率").notes(NAME_GLUED, NO_OPERATOR)),
                arguments("办理率：≥99%", atLeast("99", "%").glued("办理率").notes(NAME_GLUED)),
                arguments("满意度≥95%", atLeast("95", "%").glued("满意度").notes(NAME_GLUED)),
                // numbers and units
                arguments("≥90", quantitative(Operator.GREATER_OR_EQUAL, "90", null, Polarity.HIGHER_IS_BETTER)),
                arguments("1,000 个", bare("1000", "个")),
                arguments("≥-2%", atLeast("-2", "%")),
                arguments("3‰", bare("3", "‰")),
                arguments("24h", bare("24", "小时")),
                arguments("≥500㎡", atLeast("500", "平方米")),
                arguments("≥5 栋", atLeast("5", "栋").notes(UNKNOWN_UNIT)),
                // ranges
                arguments("80%-90%", between("80", "90", "%")),
                arguments("80～90%", between("80", "90", "%")),
                arguments("80~90%", between("80", "90", "%")),
                arguments("80%—90%", between("80", "90", "%")),
                arguments("80至90%", between("80", "90", "%")),
                arguments("3-5个工作日", between("3", "5", "工作日")),
                arguments("10-20", between("10", "20", null)),
                // kept as qualitative, with a note when it looks like a number
                arguments("不超过预算", qualitative("不超过预算")),
                arguments("≥较上年提高", qualitative("≥较上年提高").notes(UNPARSEABLE)),
                arguments("≥95%较上年有所提高", qualitative("≥95%较上年有所提高").notes(UNPARSEABLE)),
                arguments("完成2022年任务", qualitative("完成2022年任务").notes(UNPARSEABLE)),
                arguments("12345 政务服务热线（110 联动）", qualitative("12345政务服务热线（110联动）").notes(UNPARSEABLE)),
                arguments("90%-80%", qualitative("90%-80%").notes(UNPARSEABLE)),
                arguments("≥80%-90%", qualitative("≥80%-90%").notes(UNPARSEABLE)),
                arguments("80%-90个", qualitative("80%-90个").notes(UNPARSEABLE)),
                arguments("≥95%以下", qualitative("≥95%以下").notes(UNPARSEABLE)),
                arguments("", qualitative("").notes(UNPARSEABLE)),
                arguments(" \n ", qualitative("").notes(UNPARSEABLE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messyForms")
    void readsMessyForms(String raw, Expected expected) {
        expected.check(TargetParser.parse(raw), raw);
    }

    @Test
    void keepsTheRawTextExactlyAsGiven() {
        assertThat(TargetParser.parse("≤4小 时").raw()).isEqualTo("≤4小 时");
        assertThat(TargetParser.parse("即响应 时").raw()).isEqualTo("即响应 时");
        assertThat(TargetParser.parse("＞＝95％\n").raw()).isEqualTo("＞＝95％\n");
    }

    @Test
    void explainsEveryNote() {
        assertThat(TargetParser.parse("100%").notes()).singleElement().satisfies(note -> assertThat(note.message())
                .isEqualTo("a number without operator is read as '=': "
                        + "check whether ≥ (or ≤ for a cost or a time limit) was meant"));
        assertThat(TargetParser.parse("办理率 99%").notes().get(0).message())
                .isEqualTo("text before the value was taken as part of the name: 办理率");
        assertThat(TargetParser.parse("即响应 时").notes().get(0).message())
                .isEqualTo("PDF word-order garble '即响应时' read as '即时响应'");
        assertThat(TargetParser.parse("≥5 栋").notes().get(0).message())
                .isEqualTo("unit not in the known list, kept as written: 栋");
        assertThat(TargetParser.parse("90%-80%").notes().get(0).message())
                .isEqualTo("the range's lower end is above its upper end: kept as qualitative");
        assertThat(TargetParser.parse("≥95%较上年有所提高").notes().get(0).message())
                .isEqualTo("the text after the number is not a unit: %较上年有所提高: kept as qualitative");
    }

    @Test
    void rewritesATargetCleanly() {
        assertThat(TargetParser.parse("≤4小 时").normalised()).isEqualTo("≤4 小时");
        assertThat(TargetParser.parse("＞＝95％").normalised()).isEqualTo("≥95%");
        assertThat(TargetParser.parse("46 个").normalised()).isEqualTo("46 个");
        assertThat(TargetParser.parse("100%").normalised()).isEqualTo("100%");
        assertThat(TargetParser.parse("＝100％").normalised()).isEqualTo("=100%");
        assertThat(TargetParser.parse("80～90%").normalised()).isEqualTo("80–90%");
        assertThat(TargetParser.parse("≥90").normalised()).isEqualTo("≥90");
        assertThat(TargetParser.parse("即响应 时").normalised()).isEqualTo("即时响应");
    }

    @Test
    void refusesNoText() {
        assertThatNullPointerException().isThrownBy(() -> TargetParser.parse(null));
    }

    static Expected qualitative(String statement) {
        return new Expected(TargetKind.QUALITATIVE, null, null, null, null, null, statement, null, List.of());
    }

    static Expected quantitative(Operator operator, String value, String unit, Polarity polarity) {
        return new Expected(TargetKind.QUANTITATIVE, operator, value, null, unit, polarity, null, null, List.of());
    }

    static Expected atLeast(String value, String unit) {
        return quantitative(Operator.GREATER_OR_EQUAL, value, unit, Polarity.HIGHER_IS_BETTER);
    }

    static Expected atMost(String value, String unit) {
        return quantitative(Operator.LESS_OR_EQUAL, value, unit, Polarity.LOWER_IS_BETTER);
    }

    /** A bare number: read as "=" and flagged. */
    static Expected bare(String value, String unit) {
        return quantitative(Operator.EQUAL, value, unit, Polarity.EXACT).notes(NO_OPERATOR);
    }

    static Expected between(String lower, String upper, String unit) {
        return new Expected(TargetKind.QUANTITATIVE, Operator.BETWEEN, lower, upper, unit, Polarity.EXACT, null, null,
                List.of());
    }

    /** The parse a raw target should give; values as strings, compared as numbers. */
    record Expected(TargetKind kind, Operator operator, String value, String upperValue, String unit,
            Polarity polarity, String qualitativeTarget, String gluedName, List<TargetNote.Code> notes) {

        Expected notes(TargetNote.Code... codes) {
            return new Expected(kind, operator, value, upperValue, unit, polarity, qualitativeTarget, gluedName,
                    List.of(codes));
        }

        Expected glued(String name) {
            return new Expected(kind, operator, value, upperValue, unit, polarity, qualitativeTarget, name, notes);
        }

        void check(ParsedTarget parsed, String raw) {
            assertThat(parsed.raw()).isEqualTo(raw);
            assertThat(parsed.kind()).isEqualTo(kind);
            assertThat(parsed.operator()).isEqualTo(operator);
            assertNumber(parsed.value(), value);
            assertNumber(parsed.upperValue(), upperValue);
            assertThat(parsed.unit()).isEqualTo(unit);
            assertThat(parsed.polarity()).isEqualTo(polarity);
            assertThat(parsed.qualitativeTarget()).isEqualTo(qualitativeTarget);
            assertThat(parsed.gluedName()).isEqualTo(gluedName);
            assertThat(parsed.notes()).extracting(TargetNote::code).containsExactlyElementsOf(notes);
        }

        private static void assertNumber(BigDecimal actual, String expected) {
            if (expected == null) {
                assertThat(actual).isNull();
            } else {
                assertThat(actual).isEqualByComparingTo(expected);
            }
        }
    }
}
