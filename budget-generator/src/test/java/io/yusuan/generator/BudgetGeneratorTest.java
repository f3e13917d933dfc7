package io.yusuan.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import io.yusuan.generator.BudgetPackage.Expenditure;
import io.yusuan.generator.BudgetPackage.Project;
import io.yusuan.generator.BudgetPackage.Revenue;
import io.yusuan.generator.BudgetPackage.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Generated packages are the same for the same seed, follow the package schema and keep budget-service's rules. */
class BudgetGeneratorTest {

    private static final Path ROOT = Path.of(System.getProperty("yusuan.root")).toAbsolutePath().normalize();
    private static final CatalogLists LISTS = CatalogLists.shipped(ROOT, 2022);
    private static final List<BudgetPackage> PACKAGES = new BudgetGenerator(LISTS, "4103", 11).next(300);

    @Test
    void theSameSeedGivesTheSamePackagesAndAnotherSeedOthers() {
        List<String> first = new BudgetGenerator(LISTS, "4103", 5).next(40).stream().map(PackageJson::of).toList();
        List<String> again = new BudgetGenerator(LISTS, "4103", 5).next(40).stream().map(PackageJson::of).toList();
        List<String> other = new BudgetGenerator(LISTS, "4103", 6).next(40).stream().map(PackageJson::of).toList();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void everyPackageFollowsTheSchemaBudgetServicePublishes() throws IOException {
        Path schema = ROOT.resolve("budget-service/src/main/resources/META-INF/resources/schemas/budget-package.schema.json");
        Validator validator = Validator.create(JsonSchema.of(new JsonObject(Files.readString(schema))),
                new JsonSchemaOptions().setDraft(Draft.DRAFT202012).setBaseUri("https://yusuan.io/schemas/"));
        SoftAssertions soft = new SoftAssertions();
        for (BudgetPackage budget : PACKAGES) {
            OutputUnit result = validator.validate(new JsonObject(PackageJson.of(budget)));
            soft.assertThat(result.getValid()).as(budget.path() + ": " + result.getErrors()).isTrue();
        }
        soft.assertAll();
    }

    @Test
    void everyBudgetIsADifferentDepartmentInARegionOfTheYearAndNoneADemoOne() {
        Set<String> budgets = new HashSet<>();
        for (BudgetPackage budget : PACKAGES) {
            assertThat(budgets.add(budget.region().code() + "/" + budget.department().code())).as(budget.path()).isTrue();
            assertThat(LISTS.region(budget.region().code()).name()).isEqualTo(budget.region().name());
            assertThat(budget.region().code()).startsWith("4103");
            assertThat(budget.region().code() + "/" + budget.department().code()).as("not a department of demo/budgets")
                    .isNotIn("410304/141", "410304/301", "410304/402");
        }
    }

    /** 收入总计 = 支出总计 (else budget-service records an ERROR finding), for the package and for each unit. */
    @Test
    void revenueEqualsExpenditureForEveryPackageAndUnit() {
        SoftAssertions soft = new SoftAssertions();
        for (BudgetPackage budget : PACKAGES) {
            soft.assertThat(budget.totalRevenue()).as(budget.path()).isEqualByComparingTo(budget.totalExpenditure());
            for (Unit unit : budget.units()) {
                BigDecimal revenue = sum(budget.revenues().stream().filter(r -> r.unit().equals(unit.code()))
                        .map(Revenue::amount).toList());
                BigDecimal spent = sum(budget.expenditures().stream().filter(l -> l.unit().equals(unit.code()))
                        .map(Expenditure::amount).toList());
                soft.assertThat(revenue).as(budget.path() + " unit " + unit.code()).isEqualByComparingTo(spent);
            }
        }
        soft.assertAll();
    }

    /** What budget-service's PackageRules and CodeCheck refuse, none of it: references, kinds, codes, pairs, amounts. */
    @Test
    void everyLineKeepsThePackageRulesAndNamesCodesOfTheYearInTheirCorrespondence() {
        SoftAssertions soft = new SoftAssertions();
        for (BudgetPackage budget : PACKAGES) {
            Map<String, UnitType> units = budget.units().stream().collect(Collectors.toMap(Unit::code, Unit::type));
            soft.assertThat(units).as(budget.path() + " units, each code once").hasSameSizeAs(budget.units());
            Set<String> projects = new HashSet<>();
            for (Project project : budget.projects()) {
                soft.assertThat(project.code()).as(budget.path()).matches("[0-9]{6}[0-9A-Z]{15}").startsWith(budget.region().code());
                soft.assertThat(projects.add(project.code())).as(budget.path() + " " + project.code() + " once").isTrue();
                soft.assertThat(units).as(budget.path() + " " + project.code()).containsKey(project.unit());
            }
            for (Revenue revenue : budget.revenues()) {
                soft.assertThat(units).containsKey(revenue.unit());
                soft.assertThat(revenue.fund() != null).as(budget.path() + " fund only on a carry-over")
                        .isEqualTo(revenue.source().equals("CARRYOVER"));
                amount(soft, budget, revenue.amount());
            }
            for (Expenditure line : budget.expenditures()) {
                String at = budget.path() + " " + line;
                soft.assertThat(units).as(at).containsKey(line.unit());
                soft.assertThat(LISTS.hasFunction(line.functionCode())).as(at + ": a 项 of 2022").isTrue();
                if (line.kind().equals("BASIC")) {
                    soft.assertThat(line.category()).as(at).isIn("PERSONNEL", "PUBLIC");
                    soft.assertThat(line.project()).as(at).isNull();
                    soft.assertThat(line.economicCode()).as(at).isNotNull();
                } else {
                    soft.assertThat(line.category()).as(at).isNull();
                    soft.assertThat(projects).as(at).contains(line.project());
                }
                if (line.economicCode() != null) {
                    soft.assertThat(LISTS.hasEconomic(line.economicCode())).as(at).isTrue();
                    soft.assertThat(LISTS.governmentCode(line.economicCode(), units.get(line.unit())))
                            .as(at + ": the 对照表's pair").contains(line.governmentEconomicCode());
                } else {
                    soft.assertThat(line.governmentEconomicCode()).as(at).isNull();
                }
                amount(soft, budget, line.amount());
            }
        }
        soft.assertAll();
    }

    /** Shaped like published packages, over the 300: what a test of the tables or the export needs to meet. */
    @Test
    void thePackagesAreShapedLikePublishedOnes() {
        List<Expenditure> lines = PACKAGES.stream().flatMap(budget -> budget.expenditures().stream()).toList();
        long commonClasses = lines.stream().filter(line -> Set.of("201", "208", "210", "221")
                .contains(line.functionCode().substring(0, 3))).count();
        assertThat(commonClasses).as("lines under 201, 208, 210 and 221").isGreaterThan(lines.size() / 2);
        assertThat(lines.size() / PACKAGES.size()).as("lines per package, on average").isBetween(20, 120);
        assertThat(PACKAGES).as("a department of several units of different types").anyMatch(budget ->
                budget.units().size() >= 3 && budget.units().stream().map(Unit::type).distinct().count() >= 2);
        assertThat(PACKAGES).as("a 事业单位 with 事业收入").anyMatch(budget -> budget.revenues().stream().anyMatch(revenue ->
                revenue.source().equals("OPERATING") && typeOf(budget, revenue.unit()) == UnitType.PUBLIC_INSTITUTION));
        List<Project> projects = PACKAGES.stream().flatMap(budget -> budget.projects().stream()).toList();
        assertThat(projects).extracting(Project::category).contains("OTHER_OPERATING", "SPECIFIC_PURPOSE");
        assertThat(lines).as("三公: 接待, 公务用车运行 and 购置").extracting(Expenditure::economicCode)
                .contains("30217", "30231", "31013");
        assertThat(lines).as("capital lines under 310").anyMatch(economic("310"));
        assertThat(lines).as("政府性基金").anyMatch(line -> line.fund().equals("GOVERNMENT_FUND"));
        assertThat(lines).as("carried over").anyMatch(Expenditure::carryover);
        assertThat(PACKAGES.stream().map(budget -> budget.region().code()).distinct().count()).as("counties of 洛阳市")
                .isGreaterThan(10);
    }

    @Test
    void anAdjustedPackageHasOneMoreProjectLineAndStillBalances() {
        BudgetGenerator generator = new BudgetGenerator(LISTS, "4103", 3);
        BudgetPackage budget = generator.next();
        BudgetPackage adjusted = generator.adjusted(budget);
        assertThat(adjusted.expenditures()).hasSize(budget.expenditures().size() + 1)
                .startsWith(budget.expenditures().toArray(Expenditure[]::new));
        assertThat(adjusted.projects()).hasSize(budget.projects().size() + 1);
        assertThat(adjusted.totalExpenditure()).isGreaterThan(budget.totalExpenditure())
                .isEqualByComparingTo(adjusted.totalRevenue());
    }

    private static Predicate<Expenditure> economic(String type) {
        return line -> line.economicCode() != null && line.economicCode().startsWith(type);
    }

    private static UnitType typeOf(BudgetPackage budget, String unit) {
        return budget.units().stream().filter(u -> u.code().equals(unit)).findFirst().orElseThrow().type();
    }

    private static void amount(SoftAssertions soft, BudgetPackage budget, BigDecimal amount) {
        soft.assertThat(amount.scale()).as(budget.path() + " " + amount + ": yuan with 2 decimals").isEqualTo(2);
        soft.assertThat(amount.signum()).as(budget.path() + " " + amount).isPositive();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
