package io.yusuan.catalog.code;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Code", description = "A classification code (科目) of one scheme and fiscal year.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeView(
        @Schema(description = "The code.", example = "2010301", maxLength = 32)
        String code,
        @Schema(description = "Official Chinese name.", example = "行政运行", maxLength = 200)
        String name,
        @Schema(description = "English name.", example = "General administration", maxLength = 200)
        String nameEn,
        @Schema(description = "The fiscal year whose list the code belongs to.", example = "2022", minimum = "2000", maximum = "2099")
        int year,
        @Schema(description = "Level: 1 类, 2 款, 3 项.", example = "3", minimum = "1", maximum = "3")
        int level,
        @Schema(description = "The level's Chinese name.", example = "项", maxLength = 8)
        String levelName,
        @Schema(description = "The parent code; absent for a 类.", example = "20103", maxLength = 32)
        String parent,
        @Schema(description = "Whether budgets are made on the code: no children, at the deepest level (项 for functional "
                + "codes, 款 for economic ones), or a 类 without any 款 such as 227 预备费.", example = "true")
        boolean leaf,
        @Schema(description = "The official edition the code was checked against, or `provisional`.",
                example = "财政部《2022年政府收支分类科目》", maxLength = 2000)
        String provenance,
        @Schema(description = "Whether the code was not checked against an official edition.", example = "false")
        boolean provisional,
        @Schema(description = "Department economic codes: 人员经费 (PERSONNEL) or 公用经费 (PUBLIC) in basic expenditure.",
                example = "PERSONNEL")
        BasicCategory basicCategory,
        @Schema(description = "Department economic codes: the part of 三公经费 the code makes up.", example = "RECEPTION")
        ThreePublicPart threePublicPart,
        @Schema(description = "The code's ancestors and itself, from the 类 down; only on a single code's answer.", maxItems = 3)
        List<PathStep> path) {

    @Schema(name = "PathStep", description = "One code on the way from the 类 to a code.")
    public record PathStep(
            @Schema(description = "The code.", example = "20103", maxLength = 32)
            String code,
            @Schema(description = "Official Chinese name.", example = "政府办公厅（室）及相关机构事务", maxLength = 200)
            String name,
            @Schema(description = "Level: 1 类, 2 款, 3 项.", example = "2", minimum = "1", maximum = "3")
            int level) {

        static List<PathStep> of(List<ClassificationCode> path) {
            return path.stream().map(c -> new PathStep(c.code(), c.name(), c.level().depth())).toList();
        }
    }

    static CodeView of(ClassificationCode code, CodeList list) {
        return of(code, list, null);
    }

    static CodeView withPath(ClassificationCode code, CodeList list) {
        return of(code, list, PathStep.of(list.path(code)));
    }

    private static CodeView of(ClassificationCode code, CodeList list, List<PathStep> path) {
        return new CodeView(code.code(), code.name(), code.nameEn(), list.year(), code.level().depth(), code.level().chineseName(),
                code.parentCode(), list.isLeaf(code), code.provenance(),
                code.provisional(), code.basicCategory(), code.threePublicPart(), path);
    }
}
