package io.yusuan.performance.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ActualReportRepository implements PanacheRepository<ActualReport> {

    /** The latest report of a period, or of any period (self-evaluation first) when none is asked for. */
    public Optional<ActualReport> latest(long target, Period period) {
        if (period != null) {
            return find("targetId = ?1 and period = ?2 order by asOf desc, id desc", target, period).firstResultOptional();
        }
        return find("targetId = ?1 order by case when period = ?2 then 0 else 1 end, asOf desc, id desc",
                target, Period.SELF_EVALUATION).firstResultOptional();
    }
}
