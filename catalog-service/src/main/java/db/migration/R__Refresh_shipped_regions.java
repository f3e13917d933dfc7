package db.migration;

import io.yusuan.catalog.region.ShippedRegions;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the region lists shipped under {@code catalog/regions/} into the tables V6 creates, and loads them again
 * whenever the files change (Flyway runs a repeatable migration again when its checksum changes).
 */
public class R__Refresh_shipped_regions extends BaseJavaMigration {

    @Override
    public Integer getChecksum() {
        return ShippedRegions.checksum();
    }

    @Override
    public void migrate(Context context) throws Exception {
        new ShippedRegions(context.getConnection()).refresh();
    }
}
