package io.yusuan.catalog.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One year's list of administrative divisions, in code order, with the lookups the API answers: a region,
 * its path from the province down, and the children of a region.
 */
public final class RegionList {

    private final int year;
    private final String source;
    private final String url;
    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, List<Region>> children = new LinkedHashMap<>();

    /**
     * @param regions the year's rows; every parent is one of them (the shipped files are checked by
     *                {@link RegionFileRules} before they are loaded)
     */
    public RegionList(int year, String source, String url, List<Region> regions) {
        this.year = year;
        this.source = source;
        this.url = url;
        regions.stream().sorted(java.util.Comparator.comparing(Region::code)).forEach(region -> {
            byCode.put(region.code(), region);
            children.computeIfAbsent(region.parent(), parent -> new ArrayList<>()).add(region);
        });
    }

    public int year() {
        return year;
    }

    /** The publication the list follows. */
    public String source() {
        return source;
    }

    /** Where the publication is. */
    public String url() {
        return url;
    }

    /** The region with this canonical code, or {@code null}. */
    public Region find(String code) {
        return byCode.get(code);
    }

    /** The region's ancestors and itself, from the province down. */
    public List<Region> path(Region region) {
        List<Region> path = new ArrayList<>();
        for (Region step = region; step != null; step = step.parent() == null ? null : byCode.get(step.parent())) {
            path.add(step);
        }
        Collections.reverse(path);
        return path;
    }

    /** The regions directly below {@code parent} in code order; the provinces if {@code parent} is null. */
    public List<Region> children(String parent) {
        return List.copyOf(children.getOrDefault(parent, List.of()));
    }

    public int size() {
        return byCode.size();
    }
}
