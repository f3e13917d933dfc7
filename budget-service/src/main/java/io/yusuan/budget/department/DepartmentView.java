package io.yusuan.budget.department;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Department", description = "A department (一级预算单位) of a fiscal division.")
public record DepartmentView(
        @Schema(description = "The fiscal division (财政区划) the department belongs to.")
        Region region,
        @Schema(maxLength = 20, description = "The department's local code.", example = "141")
        String code,
        @Schema(maxLength = 200, description = "The department's name.", example = "洛阳市瀍河回族区政务服务和大数据管理局")
        String name) {

    @Schema(name = "Region", description = "A fiscal division (财政区划).")
    public record Region(
            @Schema(maxLength = 6, description = "6-digit administrative division code.", example = "410304")
            String code,
            @Schema(maxLength = 200, description = "Name of the division.", example = "洛阳市瀍河回族区")
            String name) {
    }

    static DepartmentView of(Department department) {
        return new DepartmentView(new Region(department.regionCode(), department.regionName()),
                department.code(), department.name());
    }
}
