package io.yusuan.generator;

import io.yusuan.generator.BudgetPackage.Expenditure;
import io.yusuan.generator.BudgetPackage.Procurement;
import io.yusuan.generator.BudgetPackage.Project;
import io.yusuan.generator.BudgetPackage.Revenue;
import io.yusuan.generator.BudgetPackage.Unit;
import io.yusuan.generator.CatalogLists.FunctionCode;
import io.yusuan.generator.DepartmentKind.SubUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes department budget packages (部门预算) shaped like the published ones of a 区/县, seeded so that the same seed
 * always gives the same packages. Every package loads into budget-service without an ERROR finding:
 *
 * <ul>
 *   <li>every code is in catalog-service's list of the year, and every economic pair is the 对照表's own for the
 *       unit's type (so no CORRESPONDENCE finding either);</li>
 *   <li>收入总计 equals 支出总计: each unit's revenue is what its lines spend, by source — 一般公共预算拨款,
 *       政府性基金预算拨款, 上年结转 (carried-over lines) and 事业收入 (a 事业单位's lines of its own funds);</li>
 *   <li>amounts are yuan with two decimals.</li>
 * </ul>
 *
 * <p>The shape: personnel spending follows each unit's staff (工资 under the unit's 行政运行 or 事业运行 项, pension
 * contributions under 208, medical under 210, housing fund under 221), so that most lines are under 201, 208, 210 and
 * 221 as in real packages; 公用经费 with the 三公 parts where a unit has cars or receives visitors; capital lines under
 * 310 (and 309 for 基本建设 projects); projects of both categories, some paid by 政府性基金, some carried over.
 */
public final class BudgetGenerator {

    private static final String GENERAL_PUBLIC = "GENERAL_PUBLIC_BUDGET";
    private static final String GOVERNMENT_FUND = "GOVERNMENT_FUND";
    private static final String UNIT_FUNDS = "UNIT_FUNDS";
    private static final String OTHER_OPERATING = "OTHER_OPERATING";
    private static final String SPECIFIC_PURPOSE = "SPECIFIC_PURPOSE";
    /** 政府性基金 spending: 国有土地使用权出让收入安排的支出. */
    private static final String LAND_FUND_KUAN = "21208";
    /** Economic 款 a project spends on (商品和服务支出), drawn in this order of likelihood. */
    private static final List<String> PROJECT_GOODS =
            List.of("30227", "30218", "30226", "30201", "30211", "30216", "30215", "30213", "30299");
    /** Capital 款 a project buys with (资本性支出, 310). */
    private static final List<String> PROJECT_CAPITAL = List.of("31002", "31003", "31007", "31006");
    private static final Set<String> GOODS_PURCHASES = Set.of("31002", "31003", "31007", "31013");

    private final CatalogLists lists;
    private final Random random;
    private final List<CatalogLists.Region> regions;
    /** Departments already made, by region and kind: a second one of a kind in a region gets a new code. */
    private final Map<String, Integer> made = new HashMap<>();

    /**
     * @param lists   the catalogue's lists of the year the packages are for
     * @param regions the county-level regions to draw departments in (4103: 洛阳市's 区 and 县)
     * @param seed    the same seed gives the same packages, in the same order
     */
    public BudgetGenerator(CatalogLists lists, String regions, long seed) {
        this.lists = lists;
        this.random = new Random(seed);
        this.regions = lists.regionsUnder(regions);
        if (this.regions.isEmpty()) {
            throw new IllegalArgumentException("No county-level region of " + lists.year() + " starts with " + regions);
        }
    }

    /** The next {@code count} packages: every one a different (region, department). */
    public List<BudgetPackage> next(int count) {
        List<BudgetPackage> packages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            packages.add(next());
        }
        return packages;
    }

    /** The next package. */
    public BudgetPackage next() {
        return nextIn(regions.get(random.nextInt(regions.size())), true, 1);
    }

    /**
     * The next package of a department in the region, which may be outside the generator's own regions (a 市本级 or
     * 省本级 of {@link CatalogLists#fiscalLevels}).
     *
     * @param streets whether the department may be a 街道办事处: only a 区 or 县 has them
     * @param scale   how many times its kind's count of units below it the department has: a 市 or a 省 department
     *                has more schools or centres than a 县's
     */
    BudgetPackage nextIn(CatalogLists.Region region, boolean streets, int scale) {
        // 街道 are a third of a 区's departments; the other kinds share the rest alike
        DepartmentKind kind = streets && random.nextInt(3) == 0 ? DepartmentKind.STREET
                : DepartmentKind.OTHERS.get(random.nextInt(DepartmentKind.OTHERS.size()));
        int nth = made.merge(region.code() + "/" + kind.code(), 1, Integer::sum) - 1;
        return new Budget(region, kind, nth, scale).build(0);
    }

    /**
     * An 教育局 with as many schools as it takes to reach {@code minLines} expenditure lines: the largest package a
     * region loads, for timing uploads. Each call with a new {@code nth} is another department of the region.
     */
    BudgetPackage large(CatalogLists.Region region, int nth, int minLines) {
        DepartmentKind education = DepartmentKind.OTHERS.stream().filter(kind -> kind.code().equals("131")).findFirst()
                .orElseThrow();
        return new Budget(region, education, nth, 1).build(minLines);
    }

    /**
     * 预算调整: the package with one more 特定目标类 project of its first unit, paid by 一般公共预算 and funded by as
     * much more 一般公共预算拨款, so that it still balances and loads as cleanly as before.
     */
    public BudgetPackage adjusted(BudgetPackage budget) {
        Unit unit = budget.units().get(0);
        String function = budget.expenditures().get(0).functionCode();
        String code = projectCode(budget.region().code(), budget.department().code(), budget.projects().size() + 1);
        List<Project> projects = new ArrayList<>(budget.projects());
        projects.add(new Project(code, "预算调整追加项目", unit.code(), SPECIFIC_PURPOSE));
        List<Expenditure> lines = new ArrayList<>(budget.expenditures());
        lines.add(new Expenditure(unit.code(), function, "PROJECT", null, code, "30227",
                pair("30227", unit.type()), GENERAL_PUBLIC, false, hundreds(20_000, 300_000)));
        return new BudgetPackage(budget.fiscalYear(), budget.region(), budget.department(), budget.units(),
                revenues(budget.units(), lines), projects, lines, budget.procurement());
    }

    /** One department's package, built unit by unit. */
    private final class Budget {

        private final CatalogLists.Region region;
        private final DepartmentKind kind;
        private final String code;
        private final String name;
        private final List<Unit> units = new ArrayList<>();
        private final List<Project> projects = new ArrayList<>();
        private final List<Expenditure> lines = new ArrayList<>();
        private final List<Procurement> procurement = new ArrayList<>();
        private final int scale;

        Budget(CatalogLists.Region region, DepartmentKind kind, int nth, int scale) {
            this.region = region;
            this.kind = kind;
            this.scale = scale;
            if (kind == DepartmentKind.STREET) {
                this.code = String.valueOf(Integer.parseInt(kind.code()) + nth);
                String street = DepartmentKind.STREETS.get(nth % DepartmentKind.STREETS.size());
                this.name = street + (nth < DepartmentKind.STREETS.size() ? "" : String.valueOf(nth / DepartmentKind.STREETS.size() + 1))
                        + kind.name();
            } else {
                this.code = nth == 0 ? kind.code() : kind.code() + String.format("%02d", nth);
                this.name = nth == 0 ? kind.name() : kind.name() + "（" + (nth + 1) + "）";
            }
        }

        /** @param minLines 0, or the lines the package must reach: more units of the kind's last sub-unit are added */
        BudgetPackage build(int minLines) {
            String prefix = region.name().endsWith("县") ? "县" : region.name().endsWith("市") ? "市"
                    : region.name().endsWith("省") ? "省" : "区";
            Unit own = unit(name, UnitType.ADMINISTRATIVE);
            String administration = function(kind.kuan() + "01");
            spend(own, administration, between(kind.staff().min(), kind.staff().max()), 1 + random.nextInt(4));
            for (SubUnit sub : kind.subUnits()) {
                int count = between(sub.min() * scale, sub.max() * scale);
                for (int i = 0; i < count; i++) {
                    String unitName = count > 1 || sub.max() > 1 ? numbered(sub.name(), i) : sub.name();
                    Unit unit = unit(unitName, sub.type());
                    spend(unit, function(sub.function()), between(sub.staff().min(), sub.staff().max()), random.nextInt(3));
                }
            }
            if (minLines > 0) {
                SubUnit sub = kind.subUnits().get(kind.subUnits().size() - 1);
                for (int i = 0; lines.size() < minLines; i++) {
                    Unit unit = unit("第" + (i + 1) + "分校" + sub.name(), sub.type());
                    spend(unit, function(sub.function()), between(sub.staff().min(), sub.staff().max()), 2 + random.nextInt(4));
                }
            }
            if (random.nextInt(10) == 0) {
                landFundProject(own);
            }
            if (random.nextInt(30) == 0) {
                vehiclePurchase(own);
            }
            return new BudgetPackage(lists.year(), new BudgetPackage.Region(region.code(), region.name()),
                    new BudgetPackage.Department(code, region.name() + name, prefix + name), units,
                    revenues(units, lines), projects, lines, procurement);
        }

        private Unit unit(String unitName, UnitType type) {
            Unit unit = new Unit(code + String.format("%03d", units.size() + 1), region.name() + unitName, type);
            units.add(unit);
            return unit;
        }

        /** A unit's basic spending for its staff, then its projects. */
        private void spend(Unit unit, String function, int staff, int projectCount) {
            personnel(unit, function, staff);
            publicCosts(unit, function, staff);
            for (int i = 0; i < projectCount; i++) {
                project(unit);
            }
        }

        /** 人员经费: wages by head, and the contributions that follow from them, each under its own 项. */
        private void personnel(Unit unit, String function, int staff) {
            boolean administrative = unit.type().administrative();
            BigDecimal salary = cents(staff * (24_000 + random.nextInt(12_000)));
            BigDecimal allowance = share(salary, 60 + random.nextInt(40));
            BigDecimal bonusOrMerit = administrative ? share(salary, 8 + random.nextInt(2)) : share(salary, 40 + random.nextInt(30));
            basic(unit, function, "PERSONNEL", "30101", salary);
            basic(unit, function, "PERSONNEL", "30102", allowance);
            basic(unit, function, "PERSONNEL", administrative ? "30103" : "30107", bonusOrMerit);
            BigDecimal wages = salary.add(allowance).add(bonusOrMerit);
            basic(unit, function("2080505"), "PERSONNEL", "30108", share(wages, 16));
            basic(unit, function("2080506"), "PERSONNEL", "30109", share(wages, 8));
            basic(unit, function(administrative ? "2101101" : "2101102"), "PERSONNEL", "30110", share(wages, 7));
            basic(unit, function("2210201"), "PERSONNEL", "30113", share(wages, 12));
            if (random.nextInt(3) == 0) {
                int retired = 1 + random.nextInt(Math.max(1, staff / 4));
                basic(unit, function(administrative ? "2080501" : "2080502"), "PERSONNEL", "30302",
                        cents(retired * (36_000 + random.nextInt(18_000))));
            }
        }

        /** 公用经费: office running costs by head, the 三公 parts where the unit has them, and some equipment (310). */
        private void publicCosts(Unit unit, String function, int staff) {
            basic(unit, function, "PUBLIC", "30201", hundreds(staff * 800, staff * 2_000));
            basic(unit, function, "PUBLIC", "30207", hundreds(staff * 150, staff * 400));
            basic(unit, function, "PUBLIC", "30211", hundreds(staff * 300, staff * 1_000));
            basic(unit, function, "PUBLIC", "30228", cents(staff * (400 + random.nextInt(300))));
            for (String economic : List.of("30205", "30206", "30213", "30215", "30216", "30229", "30239")) {
                if (random.nextInt(5) < 3) {
                    basic(unit, function, "PUBLIC", economic, hundreds(staff * 100, staff * 900));
                }
            }
            if (unit.type().administrative() && random.nextInt(2) == 0) {
                basic(unit, function, "PUBLIC", "30231", hundreds(12_000, 20_000).multiply(BigDecimal.valueOf(1 + random.nextInt(4))));
            }
            if (random.nextInt(5) < 3) {
                basic(unit, function, "PUBLIC", "30217", hundreds(2_000, 20_000));
            }
            if (random.nextInt(20) == 0) {
                basic(unit, function, "PUBLIC", "30212", hundreds(20_000, 60_000));
            }
            if (random.nextInt(5) < 2) {
                BigDecimal equipment = hundreds(5_000, 40_000);
                basic(unit, function, "PUBLIC", "31002", equipment);
                procurement.add(new Procurement(unit.code(), "GOODS", "办公设备", equipment));
            }
            if (unit.type() == UnitType.PUBLIC_INSTITUTION && random.nextInt(3) == 0) {
                // a 事业单位 pays some upkeep from its own revenue: its 事业收入
                lines.add(new Expenditure(unit.code(), function, "BASIC", "PUBLIC", null, "30213",
                        pair("30213", unit.type()), UNIT_FUNDS, false, hundreds(5_000, 60_000)));
            }
        }

        private void basic(Unit unit, String function, String category, String economic, BigDecimal amount) {
            lines.add(new Expenditure(unit.code(), function, "BASIC", category, null, economic,
                    pair(economic, unit.type()), GENERAL_PUBLIC, false, amount));
        }

        /** A project of either category, of one to three lines. */
        private void project(Unit unit) {
            boolean operating = random.nextInt(5) < 2;
            String projectName = operating ? (random.nextBoolean() ? "工作经费" : "运转保障经费")
                    : kind.projectNames().get(random.nextInt(kind.projectNames().size()));
            Project project = declare(unit, projectName, operating ? OTHER_OPERATING : SPECIFIC_PURPOSE);
            String function = operating ? function(kind.kuan() + "02") : specificFunction();
            boolean ownFunds = unit.type() == UnitType.PUBLIC_INSTITUTION && random.nextInt(4) == 0;
            boolean carried = !ownFunds && random.nextInt(20) == 0;
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String economic = !operating && random.nextInt(4) == 0
                        ? PROJECT_CAPITAL.get(random.nextInt(PROJECT_CAPITAL.size()))
                        : PROJECT_GOODS.get(Math.min(random.nextInt(PROJECT_GOODS.size()), random.nextInt(PROJECT_GOODS.size())));
                BigDecimal amount = operating ? hundreds(10_000, 120_000) : hundreds(30_000, 800_000);
                // a few project lines are budgeted before their economic code is known: table 07 shows them apart
                boolean uncoded = random.nextInt(30) == 0;
                lines.add(new Expenditure(unit.code(), function, "PROJECT", null, project.code(),
                        uncoded ? null : economic, uncoded ? null : pair(economic, unit.type()),
                        ownFunds ? UNIT_FUNDS : GENERAL_PUBLIC, carried, amount));
                if (!uncoded && GOODS_PURCHASES.contains(economic)) {
                    procurement.add(new Procurement(unit.code(), "GOODS", projectName + "设备购置", amount));
                } else if (!uncoded && economic.equals("30227")) {
                    procurement.add(new Procurement(unit.code(), "SERVICES", projectName + "委托服务", amount));
                }
            }
        }

        /** A 基本建设 project paid by 政府性基金 (land sale revenue), under 21208 and 309. */
        private void landFundProject(Unit unit) {
            Project project = declare(unit, "城乡基础设施配套建设", SPECIFIC_PURPOSE);
            List<FunctionCode> functions = lists.functionsUnder(LAND_FUND_KUAN);
            String function = functions.get(random.nextInt(Math.min(5, functions.size()))).code();
            BigDecimal amount = hundreds(300_000, 3_000_000);
            lines.add(new Expenditure(unit.code(), function, "PROJECT", null, project.code(), "30905",
                    pair("30905", unit.type()), GOVERNMENT_FUND, false, amount));
            procurement.add(new Procurement(unit.code(), "WORKS", "城乡基础设施配套工程", amount));
        }

        /** 公务用车购置 (三公), a 310 line of a 特定目标类 project. */
        private void vehiclePurchase(Unit unit) {
            Project project = declare(unit, "公务用车更新购置", SPECIFIC_PURPOSE);
            BigDecimal amount = hundreds(150_000, 250_000);
            lines.add(new Expenditure(unit.code(), function(kind.kuan() + "01"), "PROJECT", null, project.code(), "31013",
                    pair("31013", unit.type()), GENERAL_PUBLIC, false, amount));
            procurement.add(new Procurement(unit.code(), "GOODS", "公务用车（1辆）", amount));
        }

        private Project declare(Unit unit, String projectName, String category) {
            Project project = new Project(projectCode(region.code(), code, projects.size() + 1), projectName, unit.code(),
                    category);
            projects.add(project);
            return project;
        }

        /** The 项 of a 特定目标类 project: one of the department's 款 other than its running costs, or 其他. */
        private String specificFunction() {
            List<FunctionCode> candidates = lists.functionsUnder(kind.kuan()).stream()
                    .filter(code -> !Set.of("01", "02", "03", "50").contains(code.code().substring(5)))
                    .toList();
            if (candidates.isEmpty()) {
                return function(kind.kuan() + "02");
            }
            // the Ministry's own 项 come first in the list; they are drawn more often than the provisional ones
            int bound = Math.max(1, Math.min(candidates.size(), 4));
            return candidates.get(random.nextInt(bound)).code();
        }
    }

    /** The 项 if the year's list has it, else the first 项 of its 款: a code the catalogue always accepts. */
    private String function(String code) {
        if (lists.hasFunction(code)) {
            return code;
        }
        List<FunctionCode> under = lists.functionsUnder(code.substring(0, 5));
        if (under.isEmpty()) {
            throw new IllegalStateException("The functional list of " + lists.year() + " has nothing under " + code);
        }
        return under.get(0).code();
    }

    /** The government economic code the 对照表 pairs with the department code for the unit's type. */
    private String pair(String economic, UnitType type) {
        if (!lists.hasEconomic(economic)) {
            throw new IllegalStateException(economic + " is not in the department economic list of " + lists.year());
        }
        return lists.governmentCode(economic, type).orElseThrow(() -> new IllegalStateException(
                "The 对照表 of " + lists.year() + " pairs " + economic + " with nothing for " + type));
    }

    /**
     * 收入: each unit's lines by where their money comes from — 一般公共预算拨款 and 政府性基金预算拨款 for this year's
     * appropriations, 上年结转 for carried-over lines, 事业收入 for a unit's own funds.
     */
    private static List<Revenue> revenues(List<Unit> units, List<Expenditure> lines) {
        List<Revenue> revenues = new ArrayList<>();
        for (Unit unit : units) {
            Map<String, BigDecimal> bySource = new LinkedHashMap<>();
            for (String source : List.of("FISCAL_GENERAL_PUBLIC", "FISCAL_GOVERNMENT_FUND", "CARRYOVER", "OPERATING")) {
                bySource.put(source, BigDecimal.ZERO.setScale(2));
            }
            for (Expenditure line : lines) {
                if (line.unit().equals(unit.code())) {
                    String source = line.carryover() ? "CARRYOVER"
                            : switch (line.fund()) {
                                case GOVERNMENT_FUND -> "FISCAL_GOVERNMENT_FUND";
                                case UNIT_FUNDS -> "OPERATING";
                                default -> "FISCAL_GENERAL_PUBLIC";
                            };
                    bySource.merge(source, line.amount(), BigDecimal::add);
                }
            }
            bySource.forEach((source, amount) -> {
                if (amount.signum() > 0) {
                    revenues.add(new Revenue(unit.code(), source, source.equals("CARRYOVER") ? GENERAL_PUBLIC : null, amount));
                }
            });
        }
        return revenues;
    }

    /**
     * 21 characters: the region, the year's last two digits, the department's code padded, the project's number. A
     * department of more than 999 projects (a large one made for timing uploads) numbers them in four digits, taking one
     * of the department's leading zeros: still 21 characters, and never the code of one of its first 999.
     */
    private String projectCode(String region, String department, int number) {
        String year = String.format("%02d", lists.year() % 100);
        long code = Long.parseLong(department);
        return number < 1000 ? region + year + String.format("%010d", code) + String.format("%03d", number)
                : region + year + String.format("%09d", code) + String.format("%04d", number);
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A whole number of hundreds of yuan between the bounds, as budgets round their lump sums. */
    private BigDecimal hundreds(int min, int max) {
        return BigDecimal.valueOf((long) between(min / 100, Math.max(min / 100, max / 100)) * 100).setScale(2);
    }

    /** Yuan with random cents, as wages computed by head come out. */
    private BigDecimal cents(long yuan) {
        return BigDecimal.valueOf(yuan * 100 + random.nextInt(100), 2);
    }

    /** A percentage of an amount, to the cent. */
    private static BigDecimal share(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** 第一小学, 第二小学, and 第10小学 from the tenth on (a 市 or 省 department may have more than nine). */
    private static String numbered(String unitName, int i) {
        return "第" + (i < 9 ? String.valueOf("一二三四五六七八九".charAt(i)) : String.valueOf(i + 1)) + unitName;
    }
}
