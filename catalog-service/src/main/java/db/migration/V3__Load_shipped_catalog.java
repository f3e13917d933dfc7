package db.migration;

import io.yusuan.catalog.load.ShippedCatalog;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads the code lists shipped under {@code catalog/} into the new schema (see {@link ShippedCatalog}). */
public class V3__Load_shipped_catalog extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new ShippedCatalog(context.getConnection()).load();
    }
}
