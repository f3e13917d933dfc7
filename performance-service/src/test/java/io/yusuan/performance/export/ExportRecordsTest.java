package io.yusuan.performance.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.performance.evaluation.ActualsRequest;
import io.yusuan.performance.evaluation.Evaluations;
import io.yusuan.performance.evaluation.IndicatorActual;
import io.yusuan.performance.evaluation.Period;
import io.yusuan.performance.indicator.TargetParser;
import io.yusuan.performance.scoring.QualitativeGrade;
import io.yusuan.performance.target.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportRecordsTest {

    private static final List<Indicator> WINDOWS = List.of(
            new Indicator("产出指标", "数量指标", "服务窗口数量", TargetParser.parse("46 个"), null, null),
            new Indicator("效益指标", "社会效益指标", "服务质量", TargetParser.parse("有效提升"), null, new BigDecimal("30")));

    private static StoredTarget target(String scope, String project, String period) {
        return new StoredTarget("410304", "141", "河南省洛阳市瀍河回族区政务服务和大数据管理局", 2022, scope, project,
                project.isEmpty() ? null : "政务服务工作经费", "141001", "河南省洛阳市瀍河回族区政务服务和大数据管理局", 2,
                OffsetDateTime.of(2022, 3, 1, 16, 0, 0, 0, ZoneOffset.ofHours(8)), new BigDecimal("200000.00"), "[]",
                period, period == null ? null : "2022-12-31", null);
    }

    @Test
    void aTargetIsOneLinePerIndicatorWithItsTargetAsWrittenAndAsParsed() {
        List<ExportRecord> records = ExportRecords.of(target("PROJECT", "410304220000000006846", null), WINDOWS, null, null);

        assertThat(records).hasSize(2);
        ExportRecord windows = records.get(0);
        assertThat(windows.indicatorNo()).isZero();
        assertThat(windows.projectCode()).isEqualTo("410304220000000006846");
        assertThat(windows.indicator()).isEqualTo("服务窗口数量");
        assertThat(windows.target()).isEqualTo("46 个");
        assertThat(windows.kind()).isEqualTo("QUANTITATIVE");
        assertThat(windows.operator()).isEqualTo("EQUAL");
        assertThat(windows.value()).isEqualByComparingTo("46");
        assertThat(windows.unit()).isEqualTo("个");
        assertThat(windows.updatedAt()).as("an instant, in UTC").isEqualTo("2022-03-01T08:00:00Z");
        assertThat(windows.actualPeriod()).isNull();
        assertThat(windows.score()).isNull();
        ExportRecord quality = records.get(1);
        assertThat(quality.kind()).isEqualTo("QUALITATIVE");
        assertThat(quality.operator()).isNull();
        assertThat(quality.weight()).isEqualByComparingTo("30");
        assertThat(quality.indicatorNo()).isEqualTo(1);
    }

    @Test
    void theOverallTargetHasNoProjectCode() {
        assertThat(ExportRecords.of(target("OVERALL", "", null), WINDOWS, null, null))
                .allSatisfy(record -> assertThat(record.projectCode()).isNull());
    }

    @Test
    void theLatestActualsComeWithTheirScore() {
        ActualsRequest actuals = new ActualsRequest(Period.SELF_EVALUATION, LocalDate.of(2022, 12, 31), null, null, List.of(
                new IndicatorActual(0, new BigDecimal("46"), null, null, null, null),
                new IndicatorActual(1, null, QualitativeGrade.ACHIEVED, null, null, null)));
        StoredTarget target = target("PROJECT", "410304220000000006846", "SELF_EVALUATION");

        List<ExportRecord> records = ExportRecords.of(target, WINDOWS, actuals, Evaluations.score(WINDOWS,
                target.budgetTotal(), actuals));

        assertThat(records.get(0).actualPeriod()).isEqualTo("SELF_EVALUATION");
        assertThat(records.get(0).actualAsOf()).isEqualTo("2022-12-31");
        assertThat(records.get(0).actual()).isEqualByComparingTo("46");
        assertThat(records.get(0).status()).isEqualTo("MET");
        assertThat(records.get(0).score()).isNotNull();
        assertThat(records.get(1).grade()).isEqualTo("ACHIEVED");
        assertThat(records.get(1).actual()).isNull();
        assertThat(records.get(1).score()).isEqualByComparingTo("30");
    }

    @Test
    void everyColumnHasItsValue() {
        ExportRecord record = ExportRecords.of(target("PROJECT", "410304220000000006846", null), WINDOWS, null, null).get(0);
        assertThat(record.values()).hasSameSizeAs(ExportRecord.COLUMNS);
        assertThat(record.values().get(ExportRecord.COLUMNS.indexOf("indicator"))).isEqualTo("服务窗口数量");
        assertThat(record.values().get(ExportRecord.COLUMNS.indexOf("status"))).isNull();
    }
}
