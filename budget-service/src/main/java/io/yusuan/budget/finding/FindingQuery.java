package io.yusuan.budget.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** The findings stored with a version. */
@ApplicationScoped
public class FindingQuery {

    private final EntityManager entityManager;

    public FindingQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Finding> of(long version) {
        List<Finding> findings = new ArrayList<>();
        for (Object result : entityManager.createNativeQuery(
                "select severity, code, pointer, message from finding where version_id = ?1 order by seq")
                .setParameter(1, version).getResultList()) {
            Object[] row = (Object[]) result;
            findings.add(new Finding(Severity.valueOf((String) row[0]), (String) row[1], (String) row[2], (String) row[3]));
        }
        return findings;
    }
}
