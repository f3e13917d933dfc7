package io.yusuan.performance.target;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A target's JSON columns to and from their records. */
@ApplicationScoped
public class TargetJson {

    private final ObjectMapper json;

    public TargetJson(ObjectMapper json) {
        // stored JSON is ours: derived properties written with it (ParsedTarget's "quantitative") are skipped on reading
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Records write as JSON", e);
        }
    }

    TargetView view(PerformanceTarget target) {
        return new TargetView(target.regionCode(), target.departmentCode(), target.fiscalYear(), target.scope(),
                target.scope() == Scope.PROJECT ? target.projectCode() : null, target.projectName(), target.unitCode(), target.unitName(),
                target.departmentName(), target.annualGoal(),
                target.scope() == Scope.OVERALL ? read(target.tasks(), new TypeReference<List<TaskInput>>() { }) : null,
                read(target.funding(), new TypeReference<FundingView>() { }),
                indicators(target.indicators()),
                read(target.findings(), new TypeReference<List<TargetFinding>>() { }),
                target.revision(), target.updatedAt());
    }

    /** A target's indicators column (JSON text). */
    public List<Indicator> indicators(String text) {
        return read(text, new TypeReference<List<Indicator>>() { });
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A target's stored JSON reads back", e);
        }
    }
}
