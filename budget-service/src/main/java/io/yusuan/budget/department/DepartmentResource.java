package io.yusuan.budget.department;

import io.yusuan.problem.Problem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments")
@Tag(name = "Departments", description = "Departments (一级预算单位) whose budgets are kept here.")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    private final DepartmentRepository departments;

    public DepartmentResource(DepartmentRepository departments) {
        this.departments = departments;
    }

    @GET
    @Operation(summary = "Find departments by region and name")
    @APIResponse(responseCode = "200", description = "One page of matching departments.")
    public DepartmentPage search(
            @Parameter(description = "6-digit fiscal division code.", example = "410304",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 6))
            @QueryParam("region") @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code") String region,
            @Parameter(description = "Part of the department's name, or its exact code.", example = "政务服务")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Page size, 1 to 500.", example = "50")
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "The `next` cursor of the previous page.")
            @QueryParam("cursor") @Size(max = 512) String cursor) {
        List<Department> found = departments.search(new DepartmentQuery(region, q), DepartmentCursor.parse(cursor),
                limit + 1);
        List<Department> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? DepartmentCursor.after(page.get(page.size() - 1)).token() : null;
        return new DepartmentPage(page.stream().map(DepartmentView::of).toList(), next);
    }
}
