package io.yusuan.performance.target;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The project a path names ({@code .../projects/{projectCode}}), validated by the pattern budget-service gives project
 * codes before anything is read or asked of budget-service: a malformed code is the client's mistake, answered 400
 * here, and never a call that could fail there. A resource takes it as a {@code @Valid @BeanParam}.
 */
public class ProjectCode {

    /** 6 digits of the division, then 15 digits or capitals (budget-service's {@code PackageRules.PROJECT_CODE}). */
    public static final String PATTERN = "[0-9]{6}[0-9A-Z]{15}";

    @PathParam("projectCode")
    @NotNull
    @Pattern(regexp = PATTERN, message = "must be a project code: 6 digits of the division, then 15 digits or capitals")
    @Parameter(description = "21-character project code.", example = "410304220000000006846")
    @Schema(maxLength = 21)
    String projectCode;

    public String code() {
        return projectCode;
    }

    @Override
    public String toString() {
        return projectCode;
    }
}
