package io.yusuan.performance.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * Writes a target whole, in one transaction; two writes of the same target run one after the other. The change feed's
 * event is appended in the same transaction, so the feed never names a write that did not happen.
 */
@ApplicationScoped
public class TargetStore {

    private final PerformanceTargetRepository targets;
    private final TargetEventRepository events;
    private final TargetJson json;

    public TargetStore(PerformanceTargetRepository targets, TargetEventRepository events, TargetJson json) {
        this.targets = targets;
        this.events = events;
        this.json = json;
    }

    @Transactional
    public TargetView write(String region, String department, int year, Scope scope, String project, TargetContent content) {
        PerformanceTarget target = targets.lockOrCreate(region, department, year, scope, project);
        OffsetDateTime now = OffsetDateTime.now();
        target.write(content, now);
        events.append(target.revision() == 1 ? TargetEvent.Kind.PUBLISHED : TargetEvent.Kind.ADJUSTED, target, null, now);
        return json.view(target);
    }
}
