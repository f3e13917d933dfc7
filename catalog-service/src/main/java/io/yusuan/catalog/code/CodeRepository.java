package io.yusuan.catalog.code;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
public class CodeRepository implements PanacheRepositoryBase<ClassificationCode, ClassificationCode.Key> {

    /** A year's whole list in code order, which is also the tree's pre-order (a code begins with its parent's). */
    public List<ClassificationCode> listYear(String scheme, int year) {
        return list("scheme = ?1 and fiscalYear = ?2 order by code", scheme, year);
    }

    /**
     * The codes a query selects, after {@code afterCode}, in code order.
     *
     * @param parentDepth the level of {@code query.parent()}, 0 if none
     * @param limit at most this many; 0 for all (an export)
     */
    public List<ClassificationCode> select(String scheme, int year, CodeQuery query, int parentDepth, String afterCode,
            int limit) {
        StringBuilder where = new StringBuilder("scheme = :scheme and fiscalYear = :year and level <= :deepest");
        Parameters parameters = Parameters.with("scheme", scheme).and("year", year)
                .and("deepest", (short) query.deepestDepth(parentDepth));
        if (query.parent() != null) {
            where.append(" and code like :subtree and code <> :parent");
            parameters.and("subtree", query.parent() + "%").and("parent", query.parent());
        }
        if (query.level() != null) {
            where.append(" and level = :level");
            parameters.and("level", (short) query.level().depth());
        }
        if (query.text() != null) {
            where.append(" and (code like :prefix or name like :part or lower(nameEn) like :partLower)");
            parameters.and("prefix", escapeLike(query.text()) + "%")
                    .and("part", "%" + escapeLike(query.text()) + "%")
                    .and("partLower", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (afterCode != null) {
            where.append(" and code > :after");
            parameters.and("after", afterCode);
        }
        var found = find(where + " order by code", parameters);
        return limit > 0 ? found.page(0, limit).list() : found.list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
