package io.yusuan.performance.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** Writes a target whole, in one transaction; two writes of the same target run one after the other. */
@ApplicationScoped
public class TargetStore {

    private final PerformanceTargetRepository targets;
    private final TargetJson json;

    public TargetStore(PerformanceTargetRepository targets, TargetJson json) {
        this.targets = targets;
        this.json = json;
    }

    @Transactional
    public TargetView write(String region, String department, int year, Scope scope, String project, TargetContent content) {
        PerformanceTarget target = targets.lockOrCreate(region, department, year, scope, project);
        target.write(content, OffsetDateTime.now());
        return json.view(target);
    }
}
