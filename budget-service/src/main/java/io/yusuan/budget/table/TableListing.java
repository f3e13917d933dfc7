package io.yusuan.budget.table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TableListing", description = "One of the standard tables of a budget.")
public record TableListing(
        @Schema(maxLength = 2, description = "Table number.", example = "05") String number,
        @Schema(maxLength = 200, description = "The template's title.", example = "一般公共预算支出预算表") String title,
        @Schema(maxLength = 200, description = "English title.", example = "General public budget expenditure") String titleEn,
        @Schema(maxLength = 256, description = "Where to read it.", example = "/api/v1/regions/410304/departments/141/budgets/2022/tables/05")
        String href) {
}
