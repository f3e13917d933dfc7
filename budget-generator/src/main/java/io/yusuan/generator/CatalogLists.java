package io.yusuan.generator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The code lists of one year as catalog-service ships them ({@code catalog-service/src/main/resources/catalog}), read
 * when the generator starts, so that a generated package names only codes the running catalog-service knows: the
 * functional 项 (支出功能分类), the department economic 款 (部门预算支出经济分类), the 对照表 from department to
 * government economic codes, and the county-level regions (行政区划).
 */
public final class CatalogLists {

    /** A 项 of the functional list and whether it is the Ministry's own or one the catalogue marks provisional. */
    record FunctionCode(String code, String name, boolean official) {
    }

    /** A county-level region and its prefecture's name. */
    public record Region(String code, String name) {
    }

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final int year;
    private final Map<String, FunctionCode> functions;
    private final Map<String, String> economicNames;
    /** 对照表: department economic code and column (ADMINISTRATIVE or INSTITUTION) to the first government code listed. */
    private final Map<String, String> correspondence;
    private final Map<String, Region> regions;
    /** Every division, the province and prefectures too, by its code padded to six digits (410000, 410300). */
    private final Map<String, Region> levels;

    private CatalogLists(int year, Map<String, FunctionCode> functions, Map<String, String> economicNames,
            Map<String, String> correspondence, Map<String, Region> regions, Map<String, Region> levels) {
        this.year = year;
        this.functions = functions;
        this.economicNames = economicNames;
        this.correspondence = correspondence;
        this.regions = regions;
        this.levels = levels;
    }

    /**
     * Reads the year's lists.
     *
     * @param catalog the catalogue's data folder, {@code catalog-service/src/main/resources/catalog}
     */
    public static CatalogLists read(Path catalog, int year) {
        Map<String, FunctionCode> functions = new LinkedHashMap<>();
        each(catalog.resolve(year + "/functional.csv"), row -> {
            if (row.get("level").equals("项")) {
                functions.put(row.get("code"), new FunctionCode(row.get("code"), row.get("name"),
                        !row.get("provenance").equals("provisional")));
            }
        });
        Map<String, String> economicNames = new LinkedHashMap<>();
        each(catalog.resolve(year + "/economic-department.csv"), row -> {
            if (row.get("level").equals("款")) {
                economicNames.put(row.get("code"), row.get("name"));
            }
        });
        Map<String, String> correspondence = new HashMap<>();
        each(catalog.resolve(year + "/correspondence.csv"), row -> correspondence.putIfAbsent(
                row.get("department_code") + "/" + row.get("unit_column"), row.get("government_code")));
        Map<String, String> names = new HashMap<>();
        Map<String, Region> regions = new LinkedHashMap<>();
        Map<String, Region> levels = new LinkedHashMap<>();
        each(catalog.resolve("regions/" + year + ".csv"), row -> {
            names.put(row.get("code"), row.get("name"));
            if (row.get("level").equals("COUNTY")) {
                String prefecture = names.getOrDefault(row.get("parent"), "");
                regions.put(row.get("code"), new Region(row.get("code"), prefecture + row.get("name")));
                levels.put(row.get("code"), regions.get(row.get("code")));
            } else {
                String padded = (row.get("code") + "0000").substring(0, 6);
                levels.put(padded, new Region(padded, row.get("name")));
            }
        });
        if (functions.isEmpty() || economicNames.isEmpty() || correspondence.isEmpty() || regions.isEmpty()) {
            throw new IllegalStateException("The catalogue under " + catalog + " has no lists for " + year);
        }
        return new CatalogLists(year, functions, economicNames, correspondence, regions, levels);
    }

    /** The year's lists as catalog-service ships them, in the repository at {@code root}. */
    public static CatalogLists shipped(Path root, int year) {
        return read(root.resolve("catalog-service/src/main/resources/catalog"), year);
    }

    public int year() {
        return year;
    }

    /** Whether the functional list has this 项. */
    boolean hasFunction(String code) {
        return functions.containsKey(code);
    }

    /** The 项 under a 款, the Ministry's own first, in code order. */
    List<FunctionCode> functionsUnder(String kuan) {
        List<FunctionCode> official = new ArrayList<>();
        List<FunctionCode> provisional = new ArrayList<>();
        for (FunctionCode code : functions.values()) {
            if (code.code().startsWith(kuan)) {
                (code.official() ? official : provisional).add(code);
            }
        }
        official.addAll(provisional);
        return official;
    }

    /** Whether the department economic list has this 款. */
    boolean hasEconomic(String code) {
        return economicNames.containsKey(code);
    }

    /**
     * The government economic code the 对照表 pairs with a department economic code for a unit type's column, if it
     * lists one: 行政 and 参公 units take the administrative column, 事业单位 and other units the institution column.
     */
    Optional<String> governmentCode(String economicCode, UnitType type) {
        return Optional.ofNullable(correspondence.get(economicCode + "/" + type.column()));
    }

    /** A region of the list by code, with its prefecture's name before its own (洛阳市瀍河回族区). */
    public Region region(String code) {
        Region region = regions.get(code);
        if (region == null) {
            throw new IllegalArgumentException(code + " is not a county-level region of " + year);
        }
        return region;
    }

    /** The county-level regions whose code starts with the prefix (4103: 洛阳市's counties), in code order. */
    public List<Region> regionsUnder(String prefix) {
        return regions.values().stream().filter(region -> region.code().startsWith(prefix)).toList();
    }

    /**
     * Every fiscal level (财政级次) under the prefix, in code order: the province's own (省本级, 410000) when the prefix
     * is a province, each prefecture's own (市本级, 410300) and every county (410304), as budget-service addresses them.
     *
     * @param prefix a province (41) or a prefecture (4103)
     */
    public List<Region> fiscalLevels(String prefix) {
        return levels.values().stream().filter(region -> region.code().startsWith(prefix))
                .sorted(Comparator.comparing(Region::code)).toList();
    }

    private static void each(Path file, Consumer<CSVRecord> row) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSV.parse(reader).forEach(row);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
