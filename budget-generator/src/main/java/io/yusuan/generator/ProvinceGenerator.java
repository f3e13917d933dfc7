package io.yusuan.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A province's department budgets (部门预算) of one year, as a provincial data platform holds them: every fiscal level
 * of the province — the province's own departments (省本级, 410000), each prefecture's (市本级, 410300) and each
 * county's (410304) — with departments shared alike among them. Seeded: the same seed and size give the same
 * packages in the same order.
 *
 * <p>Each package is shaped as {@link BudgetGenerator} makes them (most lines under 201/208/210/221, 事业单位 with
 * 事业收入, projects of both categories, 三公, capital lines under 310); a 市本级 department has twice and a 省本级 one
 * four times the units below it of a county's, so a few departments (an 教育局 of a province with its schools) run to
 * hundreds of lines while most have a few dozen. At {@link #FULL_SIZE} that is about a million expenditure lines, and
 * 洛阳市 (the prefecture with the most counties, 14) with its counties holds more than 2,000 departments: a roll-up
 * over 2,000 departments is a prefecture's with its subregions.
 */
public final class ProvinceGenerator {

    /** 河南省: 157 counties and 17 prefectures, 175 fiscal levels in all. */
    public static final String HENAN = "41";
    /** The benchmark's province: about a million expenditure lines, over 2,000 departments in 洛阳市 and its counties. */
    public static final int FULL_SIZE = 24_000;

    private static final int PROVINCE_WEIGHT = 2;

    private ProvinceGenerator() {
    }

    /** {@code budgets} department budgets of 河南省, region by region in code order. */
    public static List<BudgetPackage> generate(CatalogLists lists, long seed, int budgets) {
        return generate(lists, seed, budgets, HENAN);
    }

    /**
     * {@code budgets} department budgets of the fiscal levels under {@code prefix}, region by region in code order; a
     * small size for a system test may name one prefecture (4103: 洛阳市本级 and its 14 counties).
     *
     * @param prefix a province (41) or a prefecture (4103)
     */
    public static List<BudgetPackage> generate(CatalogLists lists, long seed, int budgets, String prefix) {
        List<CatalogLists.Region> levels = lists.fiscalLevels(prefix);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("No region of " + lists.year() + " starts with " + prefix);
        }
        int[] counts = shares(levels, budgets);
        BudgetGenerator generator = new BudgetGenerator(lists, prefix, seed);
        List<BudgetPackage> packages = new ArrayList<>(budgets);
        for (int i = 0; i < levels.size(); i++) {
            CatalogLists.Region region = levels.get(i);
            boolean county = !region.code().endsWith("00");
            int scale = county ? 1 : region.code().endsWith("0000") ? 4 : 2;
            for (int n = 0; n < counts[i]; n++) {
                packages.add(generator.nextIn(region, county, scale));
            }
        }
        return packages;
    }

    /**
     * A department of the region with at least {@code minLines} expenditure lines (an 教育局 with hundreds of schools),
     * for timing the upload of a large package; each {@code nth} is another department (code 131 followed by it).
     *
     * @param nth 1 to 99
     */
    public static BudgetPackage largeDepartment(CatalogLists lists, long seed, String region, int nth, int minLines) {
        CatalogLists.Region level = lists.fiscalLevels(region).stream().filter(r -> r.code().equals(region)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(region + " is not a region of " + lists.year()));
        return new BudgetGenerator(lists, region.substring(0, 2), seed).large(level, nth, minLines);
    }

    /**
     * The prefecture, padded to six digits (410300), whose own departments and its counties' are the most of the
     * packages: the region to roll up with its subregions.
     */
    public static String largestPrefecture(List<BudgetPackage> packages) {
        Map<String, Long> byPrefecture = packages.stream().map(budget -> budget.region().code())
                .filter(code -> !code.endsWith("0000"))
                .collect(Collectors.groupingBy(code -> code.substring(0, 4) + "00", Collectors.counting()));
        return byPrefecture.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalArgumentException("No package is in a prefecture"));
    }

    /** Departments per level: the province's own twice a prefecture's or a county's, remainders to the first levels. */
    private static int[] shares(List<CatalogLists.Region> levels, int budgets) {
        Function<CatalogLists.Region, Integer> weight = region -> region.code().endsWith("0000") ? PROVINCE_WEIGHT : 1;
        int total = levels.stream().mapToInt(weight::apply).sum();
        int[] counts = new int[levels.size()];
        int given = 0;
        for (int i = 0; i < levels.size(); i++) {
            counts[i] = budgets * weight.apply(levels.get(i)) / total;
            given += counts[i];
        }
        for (int i = 0; given < budgets; i = (i + 1) % counts.length) {
            counts[i]++;
            given++;
        }
        return counts;
    }
}
