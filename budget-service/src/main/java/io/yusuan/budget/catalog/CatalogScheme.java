package io.yusuan.budget.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A classification scheme as catalog-service describes it: only the fields budget-service reads
 * (a tolerant reader, so catalog-service may add fields freely).
 *
 * @param id e.g. {@code functional}
 * @param years the fiscal years loaded
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogScheme(String id, List<Year> years) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Year(int year) {
    }
}
