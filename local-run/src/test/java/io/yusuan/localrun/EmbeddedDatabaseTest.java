package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real PostgreSQL 17: what {@code ./run} promises is that data outlives the run. */
class EmbeddedDatabaseTest {

    /** The first line initdb prints. */
    private static final String INITDB_SAYS = "The files belonging to this database system";

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestartOnTheSameDataDirectory() throws Exception {
        Path data = dir.resolve("pgdata");
        Path log = dir.resolve("postgres.log");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0, log)) {
            database.createIfAbsent("catalog");
            try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
                sql.execute("create table kept (name text)");
                sql.execute("insert into kept values ('部门预算')");
            }
        }
        assertThat(log).content().contains(INITDB_SAYS);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0, log)) {
            database.createIfAbsent("catalog");
            try (Connection connection = connect(database); Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("select name, version() from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("部门预算");
                assertThat(rows.getString(2)).startsWith("PostgreSQL 17.");
            }
        }
        assertThat(log).content().as("no second initdb").doesNotContain(INITDB_SAYS).contains("server started");
    }

    @Test
    void namesItsServerProcessForItsPidFile() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("pgdata"), 0, dir.resolve("postgres.log"))) {
            ProcessHandle server = database.process().orElseThrow();
            assertThat(server.isAlive()).isTrue();
            assertThat(server.info().command()).hasValueSatisfying(command -> assertThat(command).endsWith("postgres"));
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws Exception {
        return DriverManager.getConnection(database.jdbcUrl("catalog"), EmbeddedDatabase.USERNAME, EmbeddedDatabase.PASSWORD);
    }
}
