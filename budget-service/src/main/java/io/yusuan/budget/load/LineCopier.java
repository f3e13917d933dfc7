package io.yusuan.budget.load;

import io.yusuan.budget.version.AdjustmentCopier;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Copies lines with the same writer that stores them, in the caller's transaction. */
@ApplicationScoped
public class LineCopier implements AdjustmentCopier {

    private final DataSource dataSource;

    public LineCopier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void copy(long fromVersion, long toVersion) {
        try (Connection connection = dataSource.getConnection()) {
            PackageWriter.copy(connection, fromVersion, toVersion);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy version lines", e);
        }
    }
}
