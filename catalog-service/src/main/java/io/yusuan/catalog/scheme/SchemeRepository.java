package io.yusuan.catalog.scheme;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import io.yusuan.problem.NotFoundProblem;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SchemeRepository implements PanacheRepositoryBase<Scheme, String> {

    /** @throws NotFoundProblem naming the schemes there are, if {@code id} is not one */
    public Scheme require(String id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("There is no scheme \"" + id
                + "\"; the schemes are " + listInOrder().stream().map(Scheme::id).toList() + "."));
    }

    /** The version of a scheme's year, bumped by each load; empty if the year is not loaded. */
    public Optional<Long> yearVersion(String scheme, int year) {
        return getEntityManager()
                .createNativeQuery("select version from scheme_year where scheme_id = ?1 and fiscal_year = ?2", Long.class)
                .setParameter(1, scheme).setParameter(2, year)
                .getResultStream().findFirst().map(Long.class::cast);
    }

    /** Every scheme, in catalogue order, with its years. */
    public List<Scheme> listInOrder() {
        return find("select distinct s from Scheme s left join fetch s.years order by s.sortOrder").list();
    }
}
