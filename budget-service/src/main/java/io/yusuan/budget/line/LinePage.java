package io.yusuan.budget.line;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LinePage", description = "One page of lines, in package order.")
public record LinePage(
        @Schema(minimum = "1", maximum = "9999", description = "The version the lines are of.", example = "1") int version,
        @Schema(maxItems = 100000, description = "The lines of this page.") List<LineView> items,
        @Schema(maxLength = 64, description = "Cursor of the next page, to pass as `cursor`; absent on the last page.", example = "MTk")
        @JsonInclude(JsonInclude.Include.NON_NULL) // absent, as documented, not null where a string is promised
        String next) {
}
