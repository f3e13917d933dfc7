package db.migration;

import io.yusuan.catalog.load.ShippedCatalog;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Brings a database up to date with the files under {@code catalog/} whenever they change (Flyway runs
 * a repeatable migration again when its checksum changes); years an administrator loaded stay as they are.
 */
public class R__Refresh_shipped_catalog extends BaseJavaMigration {

    @Override
    public Integer getChecksum() {
        return ShippedCatalog.checksum();
    }

    @Override
    public void migrate(Context context) throws Exception {
        new ShippedCatalog(context.getConnection()).refresh();
    }
}
