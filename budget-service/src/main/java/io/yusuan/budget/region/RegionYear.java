package io.yusuan.budget.region;

import io.yusuan.http.key.BudgetKey;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A region's budget year as the path names it ({@code /regions/{region}/budgets/{year}}), validated before anything
 * is read: a resource takes it as a {@code @Valid @BeanParam}.
 */
public class RegionYear {

    @PathParam("region")
    @NotNull
    @Size(max = 6)
    @Pattern(regexp = BudgetKey.REGION_PATTERN, message = "must be a 6-digit division code")
    @Parameter(description = "6-digit administrative division code (行政区划代码): 410304, 410300 for 洛阳市, 410000 for "
            + "河南省. A region no budget was loaded for sums to zeros.", example = "410300")
    String region;

    @PathParam("year")
    @NotNull
    @Size(max = 4)
    @Pattern(regexp = BudgetKey.YEAR_PATTERN, message = "must be a fiscal year from 2000 to 2099")
    @Parameter(description = "Fiscal year.", example = "2022")
    String year;

    public String region() {
        return region;
    }

    public int year() {
        return Integer.parseInt(year);
    }
}
