package io.yusuan.catalog.scheme;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.yusuan.catalog.code.Coverage;
import io.yusuan.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SchemeRepository implements PanacheRepositoryBase<Scheme, String> {

    /** @throws NotFoundProblem naming the schemes there are, if {@code id} is not one */
    public Scheme require(String id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("There is no scheme \"" + id
                + "\"; the schemes are " + listInOrder().stream().map(Scheme::id).toList() + "."));
    }

    /** A scheme's year as the cache needs it; empty if the year is not loaded. */
    public Optional<YearState> yearState(String scheme, int year) {
        List<?> rows = getEntityManager()
                .createNativeQuery("select version, coverage from scheme_year where scheme_id = ?1 and fiscal_year = ?2")
                .setParameter(1, scheme).setParameter(2, year)
                .getResultList();
        return rows.stream().findFirst().map(Object[].class::cast)
                .map(row -> new YearState(((Number) row[0]).longValue(), Coverage.valueOf((String) row[1])));
    }

    /**
     * @param version bumped by each load of the year
     * @param coverage how much of the edition the year's list holds
     */
    public record YearState(long version, Coverage coverage) {
    }

    /** Every scheme, in catalogue order, with its years. */
    public List<Scheme> listInOrder() {
        return find("select distinct s from Scheme s left join fetch s.years order by s.sortOrder").list();
    }
}
