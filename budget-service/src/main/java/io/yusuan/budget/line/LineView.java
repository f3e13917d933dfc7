package io.yusuan.budget.line;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Line", description = "One expenditure line of a budget version, as loaded.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineView(
        @Schema(minimum = "0", maximum = "99999", description = "Position of the line in the package (its JSON pointer is /expenditures/{index}).", example = "0")
        int index,
        @Schema(maxLength = 32, description = "Unit code.", example = "141001") String unit,
        @Schema(maxLength = 32, description = "7-digit functional code.", example = "2010301") String functionCode,
        @Schema(maxLength = 32, description = "BASIC or PROJECT.", example = "BASIC") String kind,
        @Schema(maxLength = 200, description = "PERSONNEL or PUBLIC, on BASIC lines.", example = "PERSONNEL") String category,
        @Schema(maxLength = 32, description = "Project code, on PROJECT lines.", example = "410304220000000006846") String project,
        @Schema(maxLength = 32, description = "Department economic code.", example = "30199") String economicCode,
        @Schema(maxLength = 32, description = "Government economic code.", example = "50101") String governmentEconomicCode,
        @Schema(maxLength = 32, description = "Fund.", example = "GENERAL_PUBLIC_BUDGET") String fund,
        @Schema(description = "Whether paid from last year's carry-over.", example = "false") boolean carryover,
        @Schema(description = "Amount in yuan.", example = "177600.00") BigDecimal amount) {
}
