package io.yusuan.catalog.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads the stored region lists; only the shipped-file migration writes them. */
@ApplicationScoped
public class RegionRepository {

    private final EntityManager entityManager;

    public RegionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every stored list, by year. */
    public SortedMap<Integer, RegionList> allLists() {
        Map<Integer, List<Region>> rows = new LinkedHashMap<>();
        for (Object result : entityManager.createNativeQuery(
                "select list_year, code, level, parent_code, name, provenance from region order by list_year, code")
                .getResultList()) {
            Object[] row = (Object[]) result;
            rows.computeIfAbsent(((Number) row[0]).intValue(), year -> new ArrayList<>())
                    .add(new Region((String) row[1], RegionLevel.valueOf((String) row[2]), (String) row[3],
                            (String) row[4], (String) row[5]));
        }
        SortedMap<Integer, RegionList> lists = new TreeMap<>();
        for (Object result : entityManager.createNativeQuery("select list_year, source, url from region_list")
                .getResultList()) {
            Object[] row = (Object[]) result;
            int year = ((Number) row[0]).intValue();
            lists.put(year, new RegionList(year, (String) row[1], (String) row[2], rows.getOrDefault(year, List.of())));
        }
        return lists;
    }
}
