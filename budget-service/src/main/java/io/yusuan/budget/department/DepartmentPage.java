package io.yusuan.budget.department;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepartmentPage", description = "One page of departments, in (region, code) order.")
public record DepartmentPage(
        @Schema(maxItems = 100000, description = "The departments of this page.")
        List<DepartmentView> items,
        @Schema(maxLength = 512, description = "Cursor of the next page, to pass as `cursor`; absent on the last page.",
                example = "NDEwMzA0OjE0MQ")
        @JsonInclude(JsonInclude.Include.NON_NULL) // absent, as documented, not null where a string is promised
        String next) {
}
