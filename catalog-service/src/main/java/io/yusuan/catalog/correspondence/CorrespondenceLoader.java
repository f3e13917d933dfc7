package io.yusuan.catalog.correspondence;

import io.yusuan.catalog.load.CodeRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** An administrator's load of a year's 对照表: checked in full first, then written in one transaction. */
@ApplicationScoped
public class CorrespondenceLoader {

    private final DataSource dataSource;

    public CorrespondenceLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @throws CorrespondenceRejected listing every fault, with nothing written */
    @Transactional
    public CorrespondenceLoad load(int year, Reader csv) {
        List<CorrespondenceCsv.Pair> pairs = CorrespondenceCsv.read(csv);
        try (Connection connection = dataSource.getConnection()) {
            boolean created = CorrespondenceWriter.replaceYear(connection, year, pairs, false);
            return new CorrespondenceLoad(year, pairs.size(),
                    (int) pairs.stream().filter(pair -> CodeRow.PROVISIONAL.equals(pair.provenance())).count(), !created);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the 对照表 for " + year, e);
        }
    }
}
