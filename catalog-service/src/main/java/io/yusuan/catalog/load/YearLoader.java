package io.yusuan.catalog.load;

import io.yusuan.catalog.code.Coverage;
import io.yusuan.catalog.code.SchemeShape;
import io.yusuan.catalog.scheme.SchemeRepository;
import io.yusuan.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Loads a whole year of a scheme from CSV: checked in full first, then written in one transaction. */
@ApplicationScoped
public class YearLoader {

    private final SchemeRepository schemes;
    private final DataSource dataSource;

    public YearLoader(SchemeRepository schemes, DataSource dataSource) {
        this.schemes = schemes;
        this.dataSource = dataSource;
    }

    /** @throws CodeListRejected listing every fault, with nothing written */
    @Transactional
    public YearLoad load(String scheme, int year, Coverage coverage, Reader csv) {
        SchemeShape shape = schemes.require(scheme).shape();
        List<CodeRow> rows = CodeListCsv.read(csv);
        List<FieldError> errors = CodeListRules.check(shape, rows);
        if (!errors.isEmpty()) {
            throw new CodeListRejected(errors.size() + " fault(s) in the " + scheme + " list for " + year
                    + "; nothing was loaded.", errors);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean created = CodeListWriter.replaceYear(connection, scheme, year, coverage, rows);
            CodeListWriter.markShipped(connection, scheme, year, false);
            return new YearLoad(scheme, year, rows.size(), (int) rows.stream().filter(CodeRow::provisional).count(),
                    !created);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the " + scheme + " list for " + year, e);
        }
    }
}
