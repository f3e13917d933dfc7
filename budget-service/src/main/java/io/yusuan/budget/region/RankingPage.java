package io.yusuan.budget.region;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepartmentRanking", description = "One page of a region's departments ranked by a figure of their "
        + "latest published budgets.")
public record RankingPage(
        @Schema(maxItems = 1000, description = "The departments of the page, in order; ties by region code, then "
                + "department code.") List<RankedDepartment> items,
        @Schema(maxLength = 512, nullable = true, description = "Cursor of the next page (pass as `cursor` with the same "
                + "sort and order); null on the last page.", example = "dG90YWxFeHBlbmRpdHVyZXxkZXNjfDE3MzA3MDAuMDB8NDEwMzA0fDE0MQ")
        String next,
        @Schema(minimum = "0", maximum = "1000000", description = "How many published department budgets the ranking "
                + "covers, on every page.", example = "24") int departmentCount) {
}
