package io.yusuan.budget.version;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.SecurityIdentity;
import io.yusuan.http.key.BudgetKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Which versions a reader may see: the public reads published versions only; the editors and the finance bureau a
 * token acts for read the department's drafts too ({@link BudgetAccess#readsDrafts}). Another department's draft is
 * as absent to a token as to the public: 404, never 403. A read finds its version in one query (the budget and
 * department with it); only when there is none does a second one find out whether the budget exists, for the 404 to
 * say which is missing. A published version asked for by number is found once per instance: it never changes again,
 * and its number never names another.
 */
@ApplicationScoped
public class VisibleVersions {

    /** A version with its budget and department, by the department's path. */
    private static final String OF_BUDGET = "select v from BudgetVersion v join fetch v.budget b join fetch b.department d "
            + "where d.regionCode = ?1 and d.code = ?2 and b.fiscalYear = ?3";

    private final BudgetRepository budgets;
    private final BudgetVersionRepository versions;
    private final SecurityIdentity identity;
    private final Cache<Address, BudgetVersion> publishedByNumber = Caffeine.newBuilder().maximumSize(10_000).build();

    public VisibleVersions(BudgetRepository budgets, BudgetVersionRepository versions, SecurityIdentity identity) {
        this.budgets = budgets;
        this.versions = versions;
        this.identity = identity;
    }

    /** Whether the request's reader sees the department's drafts too. */
    public boolean readsDrafts(BudgetKey key) {
        return BudgetAccess.of(identity).readsDrafts(key.region(), key.department());
    }

    public Budget budget(BudgetKey key) {
        return budgets.find(key.region(), key.department(), key.year())
                .orElseThrow(() -> new BudgetNotFound(key, "is loaded"));
    }

    /** Every version of the budget of {@code key} the reader may see, oldest first. */
    public List<BudgetVersion> all(BudgetKey key, Budget budget) {
        boolean drafts = readsDrafts(key);
        return versions.versions(budget).stream()
                .filter(version -> drafts || version.status() == VersionStatus.PUBLISHED).toList();
    }

    /**
     * The version asked for, or by default the open draft (for readers of drafts) or the latest published one.
     *
     * @param number the version asked for, or null
     */
    public BudgetVersion select(BudgetKey key, Integer number) {
        return read(key, new Vintage(number, null)).version();
    }

    /**
     * The version of the vintage asked for: by number (a draft for readers of drafts only), the latest published at
     * {@code asOf} (for them too: what was public then), or the current one: the open draft for readers of drafts,
     * else the latest published.
     *
     * @throws BudgetNotFound if there is no such budget, or no such version visible to the reader
     */
    public VersionRead read(BudgetKey key, Vintage vintage) {
        String region = key.region();
        String department = key.department();
        int year = key.year();
        boolean drafts = readsDrafts(key);
        Optional<BudgetVersion> found;
        String missing;
        if (vintage.number() != null) {
            Optional<VersionRead> known = known(key, vintage);
            if (known.isPresent()) {
                return known.get();
            }
            Address address = new Address(region, department, year, vintage.number());
            found = versions.find(OF_BUDGET + " and v.number = ?4", region, department, year, vintage.number())
                    .firstResultOptional().filter(version -> drafts || version.status() == VersionStatus.PUBLISHED);
            // with its budget and department fetched, the version serves later reads outside this one's session
            found.filter(version -> version.status() == VersionStatus.PUBLISHED)
                    .ifPresent(version -> publishedByNumber.put(address, version));
            missing = "has no " + (drafts ? "" : "published ") + "version " + vintage.number();
        } else if (vintage.asOf() != null) {
            found = versions.find(OF_BUDGET + " and v.status = ?4 and v.publishedAt <= ?5 "
                    + "order by v.publishedAt desc, v.number desc", region, department, year, VersionStatus.PUBLISHED,
                    OffsetDateTime.ofInstant(vintage.asOf(), ZoneOffset.UTC)).firstResultOptional();
            missing = "was published by " + vintage.asOf();
        } else {
            found = drafts ? versions.find(OF_BUDGET + " and v.status <> ?4", region, department, year,
                    VersionStatus.PUBLISHED).firstResultOptional() : Optional.empty();
            if (found.isEmpty()) {
                found = versions.find(OF_BUDGET + " and v.status = ?4 order by v.number desc", region, department, year,
                        VersionStatus.PUBLISHED).firstResultOptional();
            }
            missing = "is published yet";
        }
        if (found.isEmpty()) {
            budget(key);
            throw new BudgetNotFound(key, missing);
        }
        return new VersionRead(found.get(), vintage);
    }

    /**
     * The published version the vintage names by number, if this instance has found it before: no query, and the same
     * for every reader (anyone may read a published version), so it needs neither a worker thread nor the reader's
     * identity.
     */
    public Optional<VersionRead> known(BudgetKey key, Vintage vintage) {
        if (vintage.number() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(publishedByNumber.getIfPresent(
                        new Address(key.region(), key.department(), key.year(), vintage.number())))
                .map(version -> new VersionRead(version, vintage));
    }

    /** A version's address: the department's path and the version's number. */
    private record Address(String region, String department, int year, int number) {
    }
}
