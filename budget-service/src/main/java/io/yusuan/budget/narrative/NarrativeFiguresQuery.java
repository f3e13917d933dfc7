package io.yusuan.budget.narrative;

import io.yusuan.budget.load.ExpenditureKind;
import io.yusuan.budget.load.Fund;
import io.yusuan.budget.load.RevenueSource;
import io.yusuan.budget.rules.LineRules;
import io.yusuan.budget.rules.LineRules.ThreePublicPart;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.budget.version.BudgetVersion;
import io.yusuan.budget.version.PublishedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sums every figure of the narrative in the database: a handful of aggregations, whatever the number of lines. */
@ApplicationScoped
public class NarrativeFiguresQuery {

    private static final String FROM = """
             from expenditure_line l
            join budget_unit u on u.version_id = l.version_id and u.code = l.unit_code
            left join classification_name n on n.fiscal_year = ?2 and n.scheme = 'economic-department' and n.code = l.economic_code
            where l.version_id = ?1""";

    private static final String GENERAL = LineRules.fund(Fund.GENERAL_PUBLIC_BUDGET);

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final PublishedCache published;

    public NarrativeFiguresQuery(EntityManager entityManager, ObjectMapper json, PublishedCache published) {
        this.entityManager = entityManager;
        this.json = json;
        this.published = published;
    }

    /** The figures of a version; of a published one, read once ({@link PublishedCache}). */
    public NarrativeFigures of(BudgetVersion version) {
        return published.get(version, "narrative-figures", () -> read(version));
    }

    private NarrativeFigures read(BudgetVersion version) {
        long id = version.id();
        int year = version.budget().fiscalYear();
        Object[] sums = (Object[]) entityManager.createNativeQuery("select coalesce(sum(l.amount), 0)"
                        + sum(LineRules.kind(ExpenditureKind.BASIC)) + sum(LineRules.kind(ExpenditureKind.PROJECT))
                        + sum(GENERAL)
                        + sum(GENERAL + " and " + LineRules.kind(ExpenditureKind.BASIC))
                        + sum(GENERAL + " and " + LineRules.kind(ExpenditureKind.PROJECT))
                        + sum(GENERAL + " and " + LineRules.PERSONNEL)
                        + sum(GENERAL + " and " + LineRules.PUBLIC)
                        + sum(LineRules.fund(Fund.GOVERNMENT_FUND)) + sum(LineRules.fund(Fund.STATE_CAPITAL))
                        + sum(LineRules.THREE_PUBLIC + " and " + LineRules.threePublic(ThreePublicPart.OUTBOUND))
                        + sum(LineRules.THREE_PUBLIC + " and " + LineRules.threePublic(ThreePublicPart.VEHICLE_PURCHASE))
                        + sum(LineRules.THREE_PUBLIC + " and " + LineRules.threePublic(ThreePublicPart.VEHICLE_OPERATION))
                        + sum(LineRules.THREE_PUBLIC + " and " + LineRules.threePublic(ThreePublicPart.RECEPTION))
                        + sum(LineRules.OPERATING_COSTS) + FROM)
                .setParameter(1, id).setParameter(2, year).getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> items = entityManager.createNativeQuery(
                        "select n.name" + FROM + " and " + LineRules.OPERATING_COSTS + " group by l.economic_code, n.name order by l.economic_code")
                .setParameter(1, id).setParameter(2, year).getResultList();
        Map<String, BigDecimal> revenue = byKey("select source, sum(amount) from revenue_line where version_id = ?1 group by source", id);
        Map<RevenueSource, BigDecimal> bySource = new EnumMap<>(RevenueSource.class);
        for (RevenueSource source : RevenueSource.values()) {
            bySource.put(source, revenue.getOrDefault(source.name(), BigDecimal.ZERO));
        }
        Map<String, BigDecimal> procurement = byKey(
                "select type, sum(amount) from procurement_line where version_id = ?1 group by type", id);
        int projects = ((Number) entityManager.createNativeQuery("select count(*) from project where version_id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();
        return new NarrativeFigures(version.departmentShortName(), year,
                bySource.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), bySource,
                amount(sums, 0), amount(sums, 1), amount(sums, 2), amount(sums, 3), amount(sums, 4), amount(sums, 5),
                amount(sums, 6), amount(sums, 7), amount(sums, 8), amount(sums, 9), amount(sums, 10), amount(sums, 11),
                amount(sums, 12), amount(sums, 13), amount(sums, 14), items,
                procurement.getOrDefault("GOODS", BigDecimal.ZERO), procurement.getOrDefault("WORKS", BigDecimal.ZERO),
                procurement.getOrDefault("SERVICES", BigDecimal.ZERO), projects,
                read(version.assets(), new TypeReference<BudgetPackage.Assets>() { }),
                orEmpty(read(version.transferPayments(), new TypeReference<List<BudgetPackage.TransferPayment>>() { })),
                read(version.priorYear(), new TypeReference<BudgetPackage.PriorYear>() { }),
                orEmptyMap(read(version.explanations(), new TypeReference<Map<String, String>>() { })));
    }

    private static String sum(String predicate) {
        return ", coalesce(sum(l.amount) filter (where " + predicate + "), 0)";
    }

    private static BigDecimal amount(Object[] row, int index) {
        return (BigDecimal) row[index];
    }

    private Map<String, BigDecimal> byKey(String sql, long version) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Object result : entityManager.createNativeQuery(sql).setParameter(1, version).getResultList()) {
            Object[] row = (Object[]) result;
            sums.put((String) row[0], (BigDecimal) row[1]);
        }
        return sums;
    }

    private <T> T read(String text, TypeReference<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A version's stored JSON reads back", e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Map<String, String> orEmptyMap(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }
}
