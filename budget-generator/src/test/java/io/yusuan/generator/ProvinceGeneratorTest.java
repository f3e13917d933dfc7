package io.yusuan.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.generator.BudgetPackage.Expenditure;
import io.yusuan.generator.BudgetPackage.Revenue;
import io.yusuan.generator.BudgetPackage.Unit;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** A generated province has the size, the spread and the shape the benchmark and the system tests rely on. */
class ProvinceGeneratorTest {

    private static final CatalogLists LISTS = CatalogLists.shipped(
            Path.of(System.getProperty("yusuan.root")).toAbsolutePath().normalize(), 2022);
    private static final List<BudgetPackage> FULL = ProvinceGenerator.generate(LISTS, 2022, ProvinceGenerator.FULL_SIZE);

    @Test
    void theSameSeedAndSizeGiveTheSameProvinceAndAnotherSeedAnother() {
        List<String> first = ProvinceGenerator.generate(LISTS, 5, 60, "4103").stream().map(PackageJson::of).toList();
        List<String> again = ProvinceGenerator.generate(LISTS, 5, 60, "4103").stream().map(PackageJson::of).toList();
        List<String> other = ProvinceGenerator.generate(LISTS, 6, 60, "4103").stream().map(PackageJson::of).toList();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void theFullProvinceIsEveryFiscalLevelOfHenanWithAboutAMillionLines() {
        Set<String> keys = new HashSet<>();
        FULL.forEach(budget -> assertThat(keys.add(budget.region().code() + "/" + budget.department().code()))
                .as(budget.path() + " once").isTrue());
        Set<String> regions = FULL.stream().map(budget -> budget.region().code()).collect(Collectors.toSet());
        long lines = FULL.stream().mapToLong(budget -> budget.expenditures().size()).sum();

        assertThat(FULL).hasSize(24_000);
        assertThat(regions).as("157 counties, 17 prefectures' own levels and the province's").hasSize(175)
                .contains("410000", "410300", "410304", "419001").allMatch(code -> code.startsWith("41"));
        assertThat(lines).as("expenditure lines").isBetween(900_000L, 1_300_000L);
    }

    @Test
    void mostDepartmentsHaveAFewDozenLinesAndAFewHaveHundreds() {
        List<Integer> sizes = FULL.stream().map(budget -> budget.expenditures().size()).sorted().toList();
        assertThat(sizes.get(sizes.size() / 2)).as("median lines").isBetween(20, 60);
        assertThat(sizes.get(sizes.size() - 1)).as("the largest").isGreaterThan(300);
        assertThat(sizes.stream().filter(size -> size >= 200).count()).as("departments of 200 lines or more")
                .isBetween(20L, (long) sizes.size() / 10);
    }

    @Test
    void luoyangWithItsCountiesHoldsMoreThanTwoThousandDepartments() {
        assertThat(ProvinceGenerator.largestPrefecture(FULL)).isEqualTo("410300");
        assertThat(FULL.stream().filter(budget -> budget.region().code().startsWith("4103")).count())
                .isGreaterThanOrEqualTo(2_000);
    }

    @Test
    void onlyCountiesHaveStreetsAndTheLevelsAreNamedAsTheCatalogueNamesThem() {
        Map<String, String> names = FULL.stream().collect(Collectors.toMap(budget -> budget.region().code(),
                budget -> budget.region().name(), (a, b) -> a));
        assertThat(names).containsEntry("410000", "河南省").containsEntry("410300", "洛阳市")
                .containsEntry("410304", "洛阳市瀍河回族区");
        assertThat(FULL).filteredOn(budget -> budget.region().code().endsWith("00"))
                .noneMatch(budget -> budget.department().name().endsWith("街道办事处"))
                .anyMatch(budget -> budget.department().shortName().startsWith("省"))
                .anyMatch(budget -> budget.department().shortName().startsWith("市"));
        assertThat(FULL).filteredOn(budget -> !budget.region().code().endsWith("00"))
                .anyMatch(budget -> budget.department().name().endsWith("街道办事处"));
    }

    /** What the issue asks of a realistic province, counted over all of it. */
    @Test
    void theLinesAreShapedLikePublishedOnes() {
        List<Expenditure> lines = FULL.stream().flatMap(budget -> budget.expenditures().stream()).toList();
        long common = lines.stream().filter(line -> Set.of("201", "208", "210", "221")
                .contains(line.functionCode().substring(0, 3))).count();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat((double) common / lines.size()).as("share of lines under 201/208/210/221").isGreaterThan(0.6);
        soft.assertThat(FULL.stream().filter(budget -> budget.units().size() >= 3).count())
                .as("departments of several units").isGreaterThan(FULL.size() / 10);
        soft.assertThat(lines.stream().filter(line -> "310".equals(prefix(line.economicCode()))).count())
                .as("capital lines under 310").isGreaterThan(lines.size() / 100);
        for (String threePublic : List.of("30217", "30231", "31013")) {
            soft.assertThat(lines).as("三公 " + threePublic).anyMatch(line -> threePublic.equals(line.economicCode()));
        }
        soft.assertThat(FULL.stream().flatMap(budget -> budget.projects().stream()).map(BudgetPackage.Project::category)
                .distinct()).as("projects of both categories").contains("OTHER_OPERATING", "SPECIFIC_PURPOSE");
        soft.assertAll();
    }

    /** 事业收入 (OPERATING) is a 事业单位's own: many of them have it, no other unit does, and every unit balances. */
    @Test
    void publicInstitutionsAndOnlyThemHaveOperatingRevenueAndEveryPackageBalances() {
        long institutionsWithOperating = 0;
        SoftAssertions soft = new SoftAssertions();
        for (BudgetPackage budget : FULL) {
            Map<String, UnitType> types = budget.units().stream().collect(Collectors.toMap(Unit::code, Unit::type));
            for (Revenue revenue : budget.revenues()) {
                if (revenue.source().equals("OPERATING")) {
                    soft.assertThat(types.get(revenue.unit())).as(budget.path()).isEqualTo(UnitType.PUBLIC_INSTITUTION);
                    institutionsWithOperating++;
                }
            }
            soft.assertThat(budget.totalRevenue()).as(budget.path()).isEqualByComparingTo(budget.totalExpenditure());
        }
        soft.assertThat(institutionsWithOperating).as("事业单位 with 事业收入").isGreaterThan(1_000);
        soft.assertAll();
    }

    @Test
    void aLargeDepartmentReachesItsLinesWithinTheUnitLimitAndEachNthIsAnotherDepartment() {
        BudgetPackage first = ProvinceGenerator.largeDepartment(LISTS, 9, "410300", 91, 20_000);
        BudgetPackage second = ProvinceGenerator.largeDepartment(LISTS, 9, "410300", 92, 20_000);

        assertThat(first.expenditures().size()).isBetween(20_000, 20_200);
        assertThat(first.units().size()).as("budget-service takes at most 1,000 units").isLessThanOrEqualTo(1_000);
        assertThat(first.totalRevenue()).isEqualByComparingTo(first.totalExpenditure());
        assertThat(first.projects()).as("more than 999 projects, each code of 21 characters and once")
                .hasSizeGreaterThan(999).allMatch(project -> project.code().matches("[0-9]{6}[0-9A-Z]{15}"))
                .extracting(BudgetPackage.Project::code).doesNotHaveDuplicates();
        assertThat(first.region().code()).isEqualTo("410300");
        assertThat(second.department().code()).isNotEqualTo(first.department().code());
    }

    private static String prefix(String economicCode) {
        return economicCode == null ? null : economicCode.substring(0, 3);
    }
}
