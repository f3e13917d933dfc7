package io.yusuan.catalog.correspondence;

import io.yusuan.catalog.code.CodeList;
import io.yusuan.catalog.code.CodeListCache;
import io.yusuan.catalog.load.CodeRow;
import io.yusuan.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** An administrator's load of a year's 对照表: checked in full first, then written in one transaction. */
@ApplicationScoped
public class CorrespondenceLoader {

    private final DataSource dataSource;
    private final CodeListCache lists;

    public CorrespondenceLoader(DataSource dataSource, CodeListCache lists) {
        this.dataSource = dataSource;
        this.lists = lists;
    }

    /**
     * The year's two economic lists must be loaded first: every code of the table must be one of theirs.
     *
     * @throws CorrespondenceRejected listing every fault, with nothing written
     * @throws io.yusuan.problem.NotFoundProblem if the year has no economic code lists
     */
    @Transactional
    public CorrespondenceLoad load(int year, Reader csv) {
        List<CorrespondenceCsv.Pair> pairs = CorrespondenceCsv.read(csv);
        CodeList department = lists.get(Correspondence.DEPARTMENT_SCHEME, year);
        CodeList government = lists.get(Correspondence.GOVERNMENT_SCHEME, year);
        List<FieldError> unknown = new ArrayList<>();
        for (CorrespondenceCsv.Pair pair : pairs) {
            if (department.find(pair.departmentCode()) == null) {
                unknown.add(new FieldError("/lines/" + pair.line() + "/department_code", "UNKNOWN_CODE",
                        pair.departmentCode() + " is not in the " + year + " department economic list"));
            }
            if (government.find(pair.governmentCode()) == null) {
                unknown.add(new FieldError("/lines/" + pair.line() + "/government_code", "UNKNOWN_CODE",
                        pair.governmentCode() + " is not in the " + year + " government economic list"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new CorrespondenceRejected(unknown.size() + " code(s) of the 对照表 are not in the year's economic "
                    + "lists; nothing was loaded.", unknown);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean created = CorrespondenceWriter.replaceYear(connection, year, pairs, false);
            return new CorrespondenceLoad(year, pairs.size(),
                    (int) pairs.stream().filter(pair -> CodeRow.PROVISIONAL.equals(pair.provenance())).count(), !created);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the 对照表 for " + year, e);
        }
    }
}
