package io.yusuan.catalog.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "An administrative division (行政区划) of China: a province, prefecture or county.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionView(
        @Schema(description = "Canonical code: 2 digits a province, 4 a prefecture, 6 a county.", example = "410304", maxLength = 6)
        String code,
        @Schema(description = "Official Chinese name.", example = "瀍河回族区", maxLength = 200)
        String name,
        @Schema(description = "Level: PROVINCE 省级, PREFECTURE 地级, COUNTY 县级.", example = "COUNTY")
        RegionLevel level,
        @Schema(description = "The region one level up as the official list gives it: a county directly under its "
                + "province (北京市's districts, 省直辖县级行政单位 such as 429004 仙桃市) names the province. "
                + "Absent for a province.", example = "4103", maxLength = 6)
        String parent,
        @Schema(description = "The year asked for (the latest list's year if none was).", example = "2022", minimum = "2000", maximum = "2099")
        int year,
        @Schema(description = "The year of the list that answered: `year` itself, or the nearest list when `year` "
                + "has none of its own (the latest earlier one, else the earliest).", example = "2022", minimum = "2000", maximum = "2099")
        int listYear,
        @Schema(description = "The official publication the row follows, with any note on it; says so when the list "
                + "of another year answered.", example = "民政部《2022年中华人民共和国县以上行政区划代码》", maxLength = 2000)
        String provenance,
        @Schema(description = "Where the publication is.", example = "https://www.mca.gov.cn/mzsj/xzqh/2022/202201xzqh.html", maxLength = 2000)
        String sourceUrl,
        @Schema(description = "The region's ancestors and itself, from the province down; only on a single region's answer.", maxItems = 3)
        List<PathStep> path) {

    @Schema(name = "RegionPathStep", description = "One region on the way from the province to a region.")
    public record PathStep(
            @Schema(description = "Canonical code.", example = "4103", maxLength = 6)
            String code,
            @Schema(description = "Official Chinese name.", example = "洛阳市", maxLength = 200)
            String name,
            @Schema(description = "Level: PROVINCE, PREFECTURE or COUNTY.", example = "PREFECTURE")
            RegionLevel level) {
    }

    static RegionView of(Region region, int year, RegionList list) {
        return of(region, year, list, null);
    }

    static RegionView withPath(Region region, int year, RegionList list) {
        return of(region, year, list, list.path(region).stream().map(r -> new PathStep(r.code(), r.name(), r.level())).toList());
    }

    private static RegionView of(Region region, int year, RegionList list, List<PathStep> path) {
        String provenance = list.year() == year ? region.provenance()
                : region.provenance() + "; no list of " + year + " is shipped: this is the " + list.year() + " list";
        return new RegionView(region.code(), region.name(), region.level(), region.parent(), year, list.year(),
                provenance, list.url(), path);
    }
}
