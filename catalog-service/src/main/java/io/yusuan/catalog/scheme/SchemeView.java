package io.yusuan.catalog.scheme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Scheme", description = "A classification scheme (分类科目) and the fiscal years whose code lists are loaded.")
public record SchemeView(
        @Schema(description = "Identifier used in paths.", example = "functional", maxLength = 32)
        String id,
        @Schema(description = "Official Chinese name.", example = "支出功能分类科目", maxLength = 200)
        String name,
        @Schema(description = "English name.", example = "Expenditure functional classification", maxLength = 200)
        String nameEn,
        @Schema(description = "Level names from the top.", example = "[\"类\", \"款\", \"项\"]", maxItems = 3)
        List<@Size(max = 8) String> levels,
        @Schema(description = "Code length in digits at each level, from the top.", example = "[3, 5, 7]", maxItems = 3)
        List<@Min(3) @Max(7) Integer> codeLengths,
        @Schema(description = "Fiscal years loaded, oldest first (2000 to 2099).", maxItems = 100)
        List<YearView> years) {

    @Schema(name = "SchemeYear", description = "One fiscal year's code list of a scheme.")
    public record YearView(
            @Schema(description = "Fiscal year.", example = "2022", minimum = "2000", maximum = "2099")
            int year,
            @Schema(description = "The official edition the list was checked against, or `provisional`.",
                    example = "2022年政府收支分类科目（财政部）", maxLength = 2000)
            String provenance,
            @Schema(description = "How many of the year's codes were not checked against an official edition.",
                    example = "12", minimum = "0", maximum = "50000")
            int provisionalCodes,
            @Schema(description = "When the year's list was last loaded.", example = "2026-11-25T09:30:00Z")
            java.time.OffsetDateTime loadedAt) {
    }

    static SchemeView of(Scheme scheme) {
        return new SchemeView(scheme.id(), scheme.nameZh(), scheme.nameEn(), scheme.levelNames(),
                scheme.codeLengths(),
                scheme.years().stream().map(y -> new YearView(y.fiscalYear(), y.provenance(), y.provisionalCodes(), y.loadedAt())).toList());
    }
}
