package io.yusuan.budget.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An administrative division (行政区划) as catalog-service gives it, with only the fields budget-service
 * reads: its code, name and the chain from the province down to itself (41 › 4103 › 410304).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogRegion(String code, String name, String level, List<Step> path) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String code, String name, String level) {
    }

    /**
     * The name budgets print: the chain below the province (洛阳市瀍河回族区), or the province with a region
     * it administers directly (北京市东城区) or the province alone.
     */
    public String displayName() {
        List<Step> shown = path.size() == 3 ? path.subList(1, 3) : path;
        return shown.stream().map(Step::name).collect(Collectors.joining());
    }

    /** The codes of the chain, from the province down, e.g. {@code 41/4103/410304}. */
    public String pathCodes() {
        return path.stream().map(Step::code).collect(Collectors.joining("/"));
    }
}
