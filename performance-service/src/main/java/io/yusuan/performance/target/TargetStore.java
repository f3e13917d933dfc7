package io.yusuan.performance.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * Writes a target whole, in one transaction; two writes of the same target run one after the other. The change feed's
 * event, which records who wrote it, is appended in the same transaction, so the feed and the history never name a
 * write that did not happen.
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

    /**
     * @param actor      who writes it (the token's subject), recorded with the change
     * @param indicators how many indicators it has, for the change's summary
     */
    @Transactional
    public TargetView write(String region, String department, int year, Scope scope, String project, TargetContent content,
            String actor, int indicators) {
        PerformanceTarget target = targets.lockOrCreate(region, department, year, scope, project);
        OffsetDateTime now = OffsetDateTime.now();
        target.write(content, now);
        events.append(target.revision() == 1 ? TargetEvent.Kind.PUBLISHED : TargetEvent.Kind.ADJUSTED, target, null,
                new TargetEvent.Stamp(actor, now, ChangeSummary.targetWritten(target, indicators)));
        return json.view(target);
    }
}
