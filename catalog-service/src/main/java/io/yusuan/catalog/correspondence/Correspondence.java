package io.yusuan.catalog.correspondence;

import io.yusuan.catalog.code.ClassificationCode;
import io.yusuan.catalog.code.CodeList;
import io.yusuan.catalog.code.CodeListCache;
import io.yusuan.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The 对照表 of a year, and checks of code pairs against it. */
@ApplicationScoped
public class Correspondence {

    static final String DEPARTMENT_SCHEME = "economic-department";
    static final String GOVERNMENT_SCHEME = "economic-government";

    private final CorrespondenceRepository rows;
    private final CodeListCache lists;

    public Correspondence(CorrespondenceRepository rows, CodeListCache lists) {
        this.rows = rows;
        this.lists = lists;
    }

    public CorrespondenceTable table(int year, UnitType unitType) {
        CodeList department = lists.get(DEPARTMENT_SCHEME, year);
        CodeList government = lists.get(GOVERNMENT_SCHEME, year);
        List<CorrespondenceRow> table = rowsOf(year).stream().map(row -> new CorrespondenceRow(
                row.departmentCode(), name(department, row.departmentCode()),
                side(row, UnitType.ADMINISTRATIVE, unitType, government),
                side(row, UnitType.PUBLIC_INSTITUTION, unitType, government),
                row.provenance())).toList();
        return new CorrespondenceTable(year, unitType, table);
    }

    public PairValidationResult validate(int year, List<PairCheck> pairs) {
        Map<String, EconomicCorrespondence> byCode = rowsOf(year).stream()
                .collect(Collectors.toMap(EconomicCorrespondence::departmentCode, Function.identity()));
        List<PairVerdict> verdicts = pairs.stream().map(pair -> PairVerdict.of(pair, byCode.get(pair.departmentCode())))
                .toList();
        return new PairValidationResult(year, verdicts.size(), (int) verdicts.stream().filter(PairVerdict::valid).count(),
                verdicts);
    }

    private List<EconomicCorrespondence> rowsOf(int year) {
        List<EconomicCorrespondence> found = rows.listYear(year);
        if (found.isEmpty()) {
            throw new NotFoundProblem("There is no economic classification 对照表 for " + year + ".");
        }
        return found;
    }

    /** One column of a row, when it is the one asked for (or both are). */
    private static CorrespondenceRow.GovernmentCode side(EconomicCorrespondence row, UnitType column, UnitType asked,
            CodeList government) {
        if (asked != null && asked.administrativeColumn() != column.administrativeColumn()) {
            return null;
        }
        String code = row.governmentCodeFor(column);
        return code == null ? null : new CorrespondenceRow.GovernmentCode(code, name(government, code));
    }

    private static String name(CodeList list, String code) {
        ClassificationCode found = list.find(code);
        return found == null ? null : found.name();
    }
}
