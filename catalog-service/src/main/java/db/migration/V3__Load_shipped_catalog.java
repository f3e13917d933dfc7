package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Once loaded the shipped files into the schema of V2. The files are now loaded by
 * {@link R__Refresh_shipped_catalog}, which Flyway runs after every versioned migration, so a new
 * database gets them in the schema the last migration leaves; this version stays, empty, because
 * databases migrated before record it as applied.
 */
public class V3__Load_shipped_catalog extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        // Nothing: see the class comment.
    }
}
