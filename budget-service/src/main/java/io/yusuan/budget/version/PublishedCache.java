package io.yusuan.budget.version;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What is derived from a published version (its tables, its narrative's figures), computed once per instance: a
 * published version never changes again and an adjustment publishes a new version, under a new id, so an entry never
 * goes stale and nothing needs invalidating. Drafts are never kept. The number of entries is bounded (least recently
 * used go first); an entry dropped is computed again, to the same answer.
 */
@ApplicationScoped
public class PublishedCache {

    private final Cache<Key, Object> entries;

    public PublishedCache(@ConfigProperty(name = "yusuan.published-cache.entries", defaultValue = "2000") long size) {
        this.entries = Caffeine.newBuilder().maximumSize(size).build();
    }

    /**
     * What {@code compute} derives from {@code version}, kept if the version is published.
     *
     * @param what names what is derived and every parameter it depends on (table number, unit …): equal for equal
     *        results only
     */
    @SuppressWarnings("unchecked")
    public <T> T get(BudgetVersion version, Object what, Supplier<T> compute) {
        if (version.status() != VersionStatus.PUBLISHED) {
            return compute.get();
        }
        Key key = new Key(version.id(), what);
        Object kept = entries.getIfPresent(key);
        if (kept == null) {
            // computed outside the cache's lock: two first reads at once compute the same value twice, harmlessly
            kept = compute.get();
            entries.put(key, kept);
        }
        return (T) kept;
    }

    /** What was derived from {@code version} under {@code what}, if it is kept: never computes anything. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> kept(BudgetVersion version, Object what) {
        if (version.status() != VersionStatus.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.ofNullable((T) entries.getIfPresent(new Key(version.id(), what)));
    }

    private record Key(long version, Object what) {
    }
}
