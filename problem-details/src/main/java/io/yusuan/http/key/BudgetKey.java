package io.yusuan.http.key;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A department's budget year as the path names it ({@code /regions/{region}/departments/{department}/.../{year}}),
 * validated once, before any database or downstream call: a resource takes it as a {@code @Valid @BeanParam}. Shared
 * because budget-service and performance-service address the same budgets and must refuse the same malformed keys.
 */
public class BudgetKey {

    /** A 6-digit administrative division code (行政区划代码). */
    public static final String REGION_PATTERN = "[0-9]{6}";
    /** A department code (部门编码): letters and digits, at most 20. */
    public static final String DEPARTMENT_PATTERN = "[0-9A-Za-z]{1,20}";
    /** A fiscal year: four digits from 2000 to 2099. */
    public static final String YEAR_PATTERN = "20[0-9]{2}";

    @PathParam("region")
    @NotNull
    @Size(max = 6)
    @Pattern(regexp = REGION_PATTERN, message = "must be a 6-digit division code")
    @Parameter(description = "6-digit administrative division code (行政区划代码) of the department's region.",
            example = "410304")
    String region;

    @PathParam("department")
    @NotNull
    @Size(max = 20)
    @Pattern(regexp = DEPARTMENT_PATTERN, message = "must be a department code of 1 to 20 letters or digits")
    @Parameter(description = "Department code (部门编码).", example = "141")
    String department;

    @PathParam("year")
    @NotNull
    @Size(max = 4)
    @Pattern(regexp = YEAR_PATTERN, message = "must be a fiscal year from 2000 to 2099")
    @Parameter(description = "Fiscal year.", example = "2022")
    String year;

    public BudgetKey() {
    }

    public BudgetKey(String region, String department, int year) {
        this.region = region;
        this.department = department;
        this.year = Integer.toString(year);
    }

    public String region() {
        return region;
    }

    public String department() {
        return department;
    }

    public int year() {
        return Integer.parseInt(year);
    }

    @Override
    public String toString() {
        return region + "/" + department + "/" + year;
    }
}
