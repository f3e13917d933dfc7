package io.yusuan.budget.narrative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.budget.version.BudgetVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sums every figure of the narrative in the database: a handful of aggregations, whatever the number of lines. */
@ApplicationScoped
public class NarrativeFiguresQuery {

    /** 机关运行经费: general-public-budget basic expenditure on 302 and 310 codes of 行政 and 参公 units. */
    static final String OPERATING_COSTS = "l.fund = 'GENERAL_PUBLIC_BUDGET' and l.kind = 'BASIC' "
            + "and substr(l.economic_code, 1, 3) in ('302', '310') and u.type in ('ADMINISTRATIVE', 'CIVIL_SERVICE_MANAGED')";

    private static final String FROM = """
             from expenditure_line l
            join budget_unit u on u.version_id = l.version_id and u.code = l.unit_code
            left join classification_name n on n.fiscal_year = ?2 and n.scheme = 'economic-department' and n.code = l.economic_code
            where l.version_id = ?1""";

    private static final List<String> SOURCES = List.of("FISCAL_GENERAL_PUBLIC", "FISCAL_GOVERNMENT_FUND",
            "FISCAL_STATE_CAPITAL", "SPECIAL_ACCOUNT", "OPERATING", "BUSINESS", "HIGHER_LEVEL_SUBSIDY",
            "SUBORDINATE_REMITTANCE", "OTHER", "INSTITUTION_FUND", "CARRYOVER");

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public NarrativeFiguresQuery(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    public NarrativeFigures of(BudgetVersion version) {
        long id = version.id();
        int year = version.budget().fiscalYear();
        Object[] sums = (Object[]) entityManager.createNativeQuery("select coalesce(sum(l.amount), 0)"
                        + sum("l.kind = 'BASIC'") + sum("l.kind = 'PROJECT'")
                        + sum("l.fund = 'GENERAL_PUBLIC_BUDGET'")
                        + sum("l.fund = 'GENERAL_PUBLIC_BUDGET' and l.kind = 'BASIC'")
                        + sum("l.fund = 'GENERAL_PUBLIC_BUDGET' and l.kind = 'PROJECT'")
                        + sum("l.fund = 'GENERAL_PUBLIC_BUDGET' and l.category = 'PERSONNEL'")
                        + sum("l.fund = 'GENERAL_PUBLIC_BUDGET' and l.category = 'PUBLIC'")
                        + sum("l.fund = 'GOVERNMENT_FUND'") + sum("l.fund = 'STATE_CAPITAL'")
                        + sum("l.fund = 'GENERAL_PUBLIC_BUDGET' and n.three_public_part = 'OUTBOUND'")
                        + sum("l.fund = 'GENERAL_PUBLIC_BUDGET' and n.three_public_part = 'VEHICLE_PURCHASE'")
                        + sum("l.fund = 'GENERAL_PUBLIC_BUDGET' and n.three_public_part = 'VEHICLE_OPERATION'")
                        + sum("l.fund = 'GENERAL_PUBLIC_BUDGET' and n.three_public_part = 'RECEPTION'")
                        + sum(OPERATING_COSTS) + FROM)
                .setParameter(1, id).setParameter(2, year).getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> items = entityManager.createNativeQuery(
                        "select n.name" + FROM + " and " + OPERATING_COSTS + " group by l.economic_code, n.name order by l.economic_code")
                .setParameter(1, id).setParameter(2, year).getResultList();
        Map<String, BigDecimal> revenue = byKey("select source, sum(amount) from revenue_line where version_id = ?1 group by source", id);
        Map<String, BigDecimal> bySource = new LinkedHashMap<>();
        SOURCES.forEach(source -> bySource.put(source, revenue.getOrDefault(source, BigDecimal.ZERO)));
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
