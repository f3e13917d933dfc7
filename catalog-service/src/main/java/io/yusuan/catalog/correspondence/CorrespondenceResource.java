package io.yusuan.catalog.correspondence;

import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/correspondence/{year}")
@Tag(name = "Correspondence", description = "部门预算支出经济分类 → 政府预算支出经济分类 对照表, by unit type.")
@Produces(MediaType.APPLICATION_JSON)
public class CorrespondenceResource {

    private final Correspondence correspondence;

    public CorrespondenceResource(Correspondence correspondence) {
        this.correspondence = correspondence;
    }

    @GET
    @Operation(summary = "The department→government economic correspondence of a year",
            description = "With `unitType`, each row gives the government code for that type of unit only: "
                    + "ADMINISTRATIVE and CIVIL_SERVICE_MANAGED take the 行政单位 column, PUBLIC_INSTITUTION and OTHER "
                    + "the 事业单位 column.")
    @APIResponse(responseCode = "200", description = "The 对照表, in department code order.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "The unit type is not one of the four.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No 对照表 or economic code lists for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CorrespondenceTable table(
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Parameter(description = "The type of unit.", example = "ADMINISTRATIVE") @QueryParam("unitType") UnitType unitType) {
        return correspondence.table(year, unitType);
    }

    @POST
    @Path("/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check up to 10,000 (department code, government code, unit type) pairs against the 对照表")
    @APIResponse(responseCode = "200", description = "One verdict per pair, in the order sent.")
    @APIResponse(responseCode = "400", description = "The body is not a list of at most 10,000 pairs.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No 对照表 for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PairValidationResult validate(
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Valid @NotNull PairValidationRequest request) {
        return correspondence.validate(year, request.pairs());
    }
}
