package io.yusuan.catalog.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionChildren", description = "The regions directly below one region (or the provinces), in code order.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionChildren(
        @Schema(description = "The year asked for (the latest list's year if none was).", example = "2022", minimum = "2000", maximum = "2099")
        int year,
        @Schema(description = "The year of the list that answered: `year` itself, or the nearest list when `year` "
                + "has none of its own.", example = "2022", minimum = "2000", maximum = "2099")
        int listYear,
        @Schema(description = "Canonical code of the region whose children these are; absent when they are the provinces.",
                example = "4103", maxLength = 6)
        String parent,
        @Schema(description = "Where the list's official publication is.",
                example = "https://www.mca.gov.cn/mzsj/xzqh/2022/202201xzqh.html", maxLength = 2000)
        String sourceUrl,
        @Schema(description = "The children, in code order; empty below a county or a prefecture without counties "
                + "(such as 4419 东莞市).", maxItems = 10000)
        List<RegionView> regions) {
}
