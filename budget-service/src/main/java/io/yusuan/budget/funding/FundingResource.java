package io.yusuan.budget.funding;

import io.yusuan.budget.version.VersionRead;
import io.yusuan.budget.version.Vintage;
import io.yusuan.budget.version.VisibleVersions;
import io.yusuan.http.key.BudgetKey;
import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/funding")
@Tag(name = "Funding", description = "Amounts by source of funds, for performance targets and other consumers.")
@Produces(MediaType.APPLICATION_JSON)
public class FundingResource {

    private final VisibleVersions visible;
    private final FundingQuery funding;

    public FundingResource(VisibleVersions visible, FundingQuery funding) {
        this.visible = visible;
        this.funding = funding;
    }

    @GET
    @Operation(summary = "The budget's funding by source, and each project's",
            description = "What performance targets show as 预算情况: 资金总额, 政府预算资金, 财政专户管理资金, 单位资金, and "
                    + "basic/project structure; of the latest published version by default.")
    @APIResponse(responseCode = "200", description = "The funding. " + Vintage.CACHING,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetFunding.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag.")
    @APIResponse(responseCode = "404", description = Vintage.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response funding(
            @Valid @BeanParam BudgetKey key,
            @Parameter(description = Vintage.VERSION, example = "1") @QueryParam("version") @Min(1) @Max(Vintage.MAX_VERSION) Integer version,
            @Parameter(description = Vintage.AS_OF, example = Vintage.AS_OF_EXAMPLE) @QueryParam("asOf") @Size(max = Vintage.AS_OF_MAX) String asOf,
            @Context Request request) {
        VersionRead read = visible.read(key, Vintage.of(version, asOf));
        return read.respond(request, read.tag("funding"), false, () -> Response.ok(new BudgetFunding(key.year(),
                read.version().number(), read.version().departmentName(), funding.total(read.version().id()),
                funding.projects(read.version().id()))));
    }
}
