package io.yusuan.generator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A department's budget package in the format budget-service loads ({@code PUT .../budgets/{year}/draft}, published
 * as {@code budget-package.schema.json}): the members the generator fills, in the schema's names. Amounts are yuan
 * with two decimals. Serialized with Jackson as it is; an absent value is written as {@code null}, as the demo
 * packages write it.
 */
public record BudgetPackage(int fiscalYear, Region region, Department department, List<Unit> units,
        List<Revenue> revenues, List<Project> projects, List<Expenditure> expenditures, List<Procurement> procurement) {

    public BudgetPackage {
        units = List.copyOf(units);
        revenues = List.copyOf(revenues);
        projects = List.copyOf(projects);
        expenditures = List.copyOf(expenditures);
        procurement = List.copyOf(procurement);
    }

    public record Region(String code, String name) {
    }

    public record Department(String code, String name, String shortName) {
    }

    public record Unit(String code, String name, UnitType type) {
    }

    /** A revenue line; {@code fund} only on a CARRYOVER (上年结转) line. */
    public record Revenue(String unit, String source, String fund, BigDecimal amount) {
    }

    /** A project; category OTHER_OPERATING (其他运转类) or SPECIFIC_PURPOSE (特定目标类). */
    public record Project(String code, String name, String unit, String category) {
    }

    /**
     * An expenditure line: BASIC with a category (PERSONNEL 人员经费, PUBLIC 公用经费) and both economic codes, or PROJECT
     * with its project's code and, nearly always, economic codes too.
     */
    public record Expenditure(String unit, String functionCode, String kind, String category, String project,
            String economicCode, String governmentEconomicCode, String fund, boolean carryover, BigDecimal amount) {
    }

    /** A government procurement (政府采购) line: GOODS, WORKS or SERVICES. */
    public record Procurement(String unit, String type, String item, BigDecimal amount) {
    }

    /** 支出总计: the sum of every expenditure line. */
    public BigDecimal totalExpenditure() {
        return expenditures.stream().map(Expenditure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 收入总计: the sum of every revenue line, equal to {@link #totalExpenditure()} in every generated package. */
    public BigDecimal totalRevenue() {
        return revenues.stream().map(Revenue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The package's API path below {@code /api/v1}: {@code regions/410304/departments/301/budgets/2022}. */
    public String path() {
        return "regions/" + region.code() + "/departments/" + department.code() + "/budgets/" + fiscalYear;
    }
}
