package io.yusuan.budget.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PublishedCacheTest {

    private static BudgetVersion version(long id, VersionStatus status) {
        BudgetVersion version = new BudgetVersion();
        version.id = id;
        version.status = status;
        return version;
    }

    @Test
    void whatIsDerivedFromAPublishedVersionIsComputedOnce() {
        PublishedCache cache = new PublishedCache(10);
        AtomicInteger computed = new AtomicInteger();
        BudgetVersion published = version(1, VersionStatus.PUBLISHED);
        Object first = cache.get(published, "table-05", () -> "05 of version 1 #" + computed.incrementAndGet());
        Object second = cache.get(published, "table-05", () -> "05 of version 1 #" + computed.incrementAndGet());
        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void aDraftIsComputedAtEveryRead() {
        PublishedCache cache = new PublishedCache(10);
        AtomicInteger computed = new AtomicInteger();
        for (VersionStatus status : new VersionStatus[] {VersionStatus.DRAFT, VersionStatus.SUBMITTED, VersionStatus.APPROVED}) {
            BudgetVersion open = version(2, status);
            cache.get(open, "table-05", computed::incrementAndGet);
            cache.get(open, "table-05", computed::incrementAndGet);
        }
        assertThat(computed).hasValue(6);
    }

    @Test
    void entriesAreKeptApartByVersionAndByWhatIsDerived() {
        PublishedCache cache = new PublishedCache(10);
        BudgetVersion first = version(1, VersionStatus.PUBLISHED);
        BudgetVersion adjusted = version(3, VersionStatus.PUBLISHED);
        assertThat(cache.<String>get(first, "table-05", () -> "v1 05")).isEqualTo("v1 05");
        assertThat(cache.<String>get(adjusted, "table-05", () -> "v3 05")).isEqualTo("v3 05");
        assertThat(cache.<String>get(first, "table-06", () -> "v1 06")).isEqualTo("v1 06");
        assertThat(cache.<String>get(first, "table-05", () -> "again")).isEqualTo("v1 05");
    }
}
