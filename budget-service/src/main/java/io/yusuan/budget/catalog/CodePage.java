package io.yusuan.budget.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of catalog-service's codes, with only the fields budget-service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CodePage(List<Code> items, String next) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Code(String code, String name, int level) {
    }
}
