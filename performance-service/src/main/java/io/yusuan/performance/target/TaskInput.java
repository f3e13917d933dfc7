package io.yusuan.performance.target;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Task", description = "A main task of the year (年度主要任务).")
public record TaskInput(
        @Schema(description = "任务名称.", example = "推进政务服务标准化，加快数字瀍河建设。")
        @NotBlank @Size(max = TargetLimits.NAME) String name,
        @Schema(description = "主要内容.", example = "扎实做好“数字瀍河”一期智慧社区建设；推进“瀍河青年 APP”建设。", nullable = true)
        @Size(max = TargetLimits.FREE_TEXT) String content) {
}
