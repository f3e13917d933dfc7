package io.yusuan.catalog.cofog;

import io.yusuan.catalog.http.Parameters;
import io.yusuan.problem.Problem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mappings/cofog")
@Tag(name = "Mappings", description = "Functional classification mapped to international classifications.")
@Produces(MediaType.APPLICATION_JSON)
public class CofogResource {

    private final CofogMappings mappings;

    public CofogResource(CofogMappings mappings) {
        this.mappings = mappings;
    }

    @GET
    @Operation(summary = "Functional 类 and 款 of a year mapped to COFOG divisions")
    @APIResponse(responseCode = "200", description = "The mapped 类 and 款, in code order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = CofogRow.class, maxItems = 50_000)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "`year` is missing or not a year from 2000 to 2099.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The functional list of the year is not loaded.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CofogRow> cofog(
            @Parameter(description = "Fiscal year.", example = "2022", required = true) @QueryParam("year") @NotNull
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) Integer year) {
        return mappings.forYear(year);
    }
}
