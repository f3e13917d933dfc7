package io.yusuan.catalog.region;

import io.yusuan.catalog.http.CatalogVersion;
import io.yusuan.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.SortedMap;

/**
 * What can be asked of the region lists. They are held in memory (about 3,200 rows a year) until the
 * catalogue's version changes, which every refresh of the shipped files does.
 */
@ApplicationScoped
public class RegionCatalog {

    private final RegionRepository repository;
    private final CatalogVersion version;
    private volatile Snapshot snapshot;

    public RegionCatalog(RegionRepository repository, CatalogVersion version) {
        this.repository = repository;
        this.version = version;
    }

    private record Snapshot(long version, SortedMap<Integer, RegionList> lists) {
    }

    /** One region with its path, from the list that answers for {@code year} (the latest list if null). */
    public RegionView region(String rawCode, Integer year) {
        String code = RegionCode.canonical(rawCode, "code");
        Answer answer = answer(year);
        Region region = answer.list().find(code);
        if (region == null) {
            throw new NotFoundProblem("There is no region " + code + " in " + answer.describe() + ".");
        }
        return RegionView.withPath(region, answer.year(), answer.list());
    }

    /** The regions directly below {@code rawParent}, or the provinces if it is null. */
    public RegionChildren children(String rawParent, Integer year) {
        Answer answer = answer(year);
        String parent = null;
        if (rawParent != null) {
            parent = RegionCode.canonical(rawParent, "parent");
            if (answer.list().find(parent) == null) {
                throw new NotFoundProblem("There is no region " + parent + " in " + answer.describe()
                        + ", so it has no children to list.");
            }
        }
        return new RegionChildren(answer.year(), answer.list().year(), parent, answer.list().url(),
                answer.list().children(parent).stream().map(r -> RegionView.of(r, answer.year(), answer.list())).toList());
    }

    /** The year asked for (or the latest list's) and the list that answers for it. */
    private record Answer(int year, RegionList list) {

        String describe() {
            return list.year() == year ? "the " + year + " list"
                    : "the " + list.year() + " list (which answers for " + year + ", as no list of " + year + " is shipped)";
        }
    }

    private Answer answer(Integer year) {
        SortedMap<Integer, RegionList> lists = lists();
        int listYear = RegionYears.listYearFor(new java.util.TreeSet<>(lists.keySet()), year);
        return new Answer(year == null ? listYear : year, lists.get(listYear));
    }

    private SortedMap<Integer, RegionList> lists() {
        long current = version.current();
        Snapshot held = snapshot;
        if (held == null || held.version() != current) {
            held = new Snapshot(current, repository.allLists());
            snapshot = held;
        }
        return held.lists();
    }
}
