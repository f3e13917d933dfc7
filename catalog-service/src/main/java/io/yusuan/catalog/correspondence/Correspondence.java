package io.yusuan.catalog.correspondence;

import io.yusuan.catalog.code.ClassificationCode;
import io.yusuan.catalog.code.CodeList;
import io.yusuan.catalog.code.CodeListCache;
import io.yusuan.catalog.http.CatalogVersion;
import io.yusuan.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The 对照表 of a year, and checks of code pairs against it. */
@ApplicationScoped
public class Correspondence {

    static final String DEPARTMENT_SCHEME = "economic-department";
    static final String GOVERNMENT_SCHEME = "economic-government";

    private final CorrespondenceRepository rows;
    private final CodeListCache lists;
    private final CatalogVersion version;
    /** Each year's relation as of a catalogue version, the pairs budget-service checks with every package it loads. */
    private final Map<Integer, Relation> relations = new ConcurrentHashMap<>();

    private record Relation(long version, CorrespondenceRelation relation) {
    }

    public Correspondence(CorrespondenceRepository rows, CodeListCache lists, CatalogVersion version) {
        this.rows = rows;
        this.lists = lists;
        this.version = version;
    }

    public CorrespondenceTable table(int year, UnitType unitType) {
        List<EconomicCorrespondence> found = rows.listYear(year);
        if (found.isEmpty()) {
            throw new NotFoundProblem("There is no economic classification 对照表 for " + year + ".");
        }
        CodeList department = lists.get(DEPARTMENT_SCHEME, year);
        CodeList government = lists.get(GOVERNMENT_SCHEME, year);
        Map<String, List<EconomicCorrespondence>> byDepartmentCode = new LinkedHashMap<>();
        found.forEach(row -> byDepartmentCode.computeIfAbsent(row.departmentCode(), k -> new ArrayList<>()).add(row));
        List<CorrespondenceRow> table = byDepartmentCode.entrySet().stream().map(entry -> new CorrespondenceRow(
                entry.getKey(), name(department, entry.getKey()),
                column(entry.getValue(), UnitColumn.ADMINISTRATIVE, unitType, government),
                column(entry.getValue(), UnitColumn.INSTITUTION, unitType, government))).toList();
        return new CorrespondenceTable(year, unitType, table);
    }

    /** Judges each pair; a year without a 对照表 makes every pair UNLISTED rather than refusing it. */
    public PairValidationResult validate(int year, List<PairCheck> pairs) {
        CorrespondenceRelation relation = relation(year);
        List<PairVerdict> verdicts = pairs.stream().map(relation::judge).toList();
        return new PairValidationResult(year, verdicts.size(), (int) verdicts.stream().filter(PairVerdict::valid).count(),
                verdicts);
    }

    /**
     * The year's relation, read again only after a load bumped the catalogue's version (one small query per use, as
     * {@link CodeListCache} does), so that every instance judges by the table as stored. The version is read before
     * the rows: a load committing in between leaves rows newer than their version, read again at the next use.
     */
    private CorrespondenceRelation relation(int year) {
        long current = version.current();
        Relation cached = relations.get(year);
        if (cached != null && cached.version() == current) {
            return cached.relation();
        }
        CorrespondenceRelation fresh = new CorrespondenceRelation(year, rows.listYear(year));
        relations.put(year, new Relation(current, fresh));
        return fresh;
    }

    /** One column of a department code's rows, when it is the one asked for (or both are). */
    private static List<CorrespondenceRow.GovernmentCode> column(List<EconomicCorrespondence> rows, UnitColumn column,
            UnitType asked, CodeList government) {
        if (asked != null && asked.column() != column) {
            return null;
        }
        return rows.stream().filter(row -> row.unitColumn() == column)
                .map(row -> new CorrespondenceRow.GovernmentCode(row.governmentCode(), name(government, row.governmentCode()),
                        row.provenance()))
                .toList();
    }

    private static String name(CodeList list, String code) {
        ClassificationCode found = list.find(code);
        return found == null ? null : found.name();
    }
}
