package io.yusuan.performance.export;

import io.yusuan.performance.evaluation.ActualsRequest;
import io.yusuan.performance.evaluation.IndicatorActual;
import io.yusuan.performance.indicator.ParsedTarget;
import io.yusuan.performance.scoring.EvaluationResult;
import io.yusuan.performance.scoring.IndicatorScore;
import io.yusuan.performance.target.Indicator;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A stored target as the export's lines: one per indicator. */
final class ExportRecords {

    private ExportRecords() {
    }

    /**
     * @param actuals the latest actuals reported against the target, or null
     * @param scored  their evaluation, or null when they do not score (an overall target, or none reported)
     */
    static List<ExportRecord> of(StoredTarget target, List<Indicator> indicators, ActualsRequest actuals,
            EvaluationResult scored) {
        List<ExportRecord> records = new ArrayList<>(indicators.size());
        boolean project = "PROJECT".equals(target.scope());
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            ParsedTarget parsed = indicator.target();
            IndicatorActual actual = actual(actuals, i);
            IndicatorScore score = scored == null ? null : scored.indicators().get(i);
            records.add(new ExportRecord(target.region(), target.department(), target.departmentName(), target.year(),
                    target.scope(), project ? target.projectCode() : null, target.projectName(), target.unitCode(),
                    target.unitName(), target.revision(), target.updatedAt().withOffsetSameInstant(ZoneOffset.UTC).toInstant()
                    .toString(), i, indicator.tier1(), indicator.tier2(), indicator.name(), parsed.raw(),
                    parsed.normalised(), parsed.kind().name(), parsed.operator() == null ? null : parsed.operator().name(),
                    parsed.value(), parsed.upperValue(), parsed.unit(), indicator.weight(),
                    actuals == null ? null : target.actualsPeriod(), actuals == null ? null : target.actualsAsOf(),
                    actual == null ? null : actual.actual(),
                    actual == null || actual.grade() == null ? null : actual.grade().name(),
                    score == null ? null : score.score(), score == null ? null : score.status().name()));
        }
        return records;
    }

    /** The actual reported for the indicator at {@code index}, or null. */
    private static IndicatorActual actual(ActualsRequest actuals, int index) {
        if (actuals == null) {
            return null;
        }
        return actuals.indicators().stream().filter(actual -> actual.indicator() == index).reduce((a, b) -> b).orElse(null);
    }
}
