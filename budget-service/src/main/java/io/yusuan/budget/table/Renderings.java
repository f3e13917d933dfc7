package io.yusuan.budget.table;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.yusuan.budget.version.VersionStatus;
import java.util.function.Supplier;

/**
 * A writer's bytes of published tables, kept with the tables they render: a published version's tables are the same
 * objects at every read ({@code PublishedCache}), so their bytes are rendered once too. Keyed by the tables' identity
 * and held weakly: an entry goes when its tables leave the cache. Tables of a draft are rendered at every read.
 */
final class Renderings {

    private final Cache<Object, byte[]> rendered = Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();

    /** The bytes of {@code tables} ({@link TableView} or {@link TableSet}), kept if every table is published. */
    byte[] of(Object tables, Supplier<byte[]> render) {
        if (!published(tables)) {
            return render.get();
        }
        // a set is made anew for every read; the list in it is the one the cache keeps
        Object key = tables instanceof TableSet set ? set.tables() : tables;
        byte[] bytes = rendered.getIfPresent(key);
        if (bytes == null) {
            bytes = render.get();
            rendered.put(key, bytes);
        }
        return bytes;
    }

    private static boolean published(Object tables) {
        if (tables instanceof TableSet set) {
            return set.tables().stream().allMatch(table -> table.status() == VersionStatus.PUBLISHED);
        }
        return tables instanceof TableView table && table.status() == VersionStatus.PUBLISHED;
    }
}
