package io.yusuan.budget.region;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.yusuan.budget.table.TableView;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A standard table summed over a region's published department budgets: the Table's fields, and what it sums. */
@Schema(name = "RegionTable", description = "A standard table summed over the latest published version of every "
        + "department budget of a region (and, on request, of the regions under it): the fields of a Table, and the "
        + "region, whether subregions are included, how many budgets are summed and the newest publication among them.")
public record RegionTable(
        @JsonUnwrapped TableView table,
        @Schema(description = "The region asked for.") RegionRef region,
        @Schema(description = "Whether the regions under it are summed too.", example = "true") boolean includeSubregions,
        @Schema(minimum = "0", maximum = "1000000", description = "How many published department budgets are summed.",
                example = "24") int departmentCount,
        @Schema(nullable = true, maxLength = 64, description = "The newest publication (published_at) among the versions "
                + "summed, ISO-8601 with offset; null when none is.", example = "2022-02-18T08:30:00Z")
        OffsetDateTime latestPublishedAt) {
}
