package io.yusuan.catalog.region;

import io.yusuan.catalog.http.Parameters;
import io.yusuan.problem.Problem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions")
@Tag(name = "Regions", description = "China's administrative divisions (行政区划: 省 › 市 › 县) by year, from the "
        + "Ministry of Civil Affairs' lists of codes at county level and above.")
public class RegionResource {

    private final RegionCatalog catalog;

    public RegionResource(RegionCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the regions directly below a region, or the provinces",
            description = "Without `parent`, the province-level regions (香港, 澳门 and 台湾 are listed at that level only). "
                    + "A year without a list of its own is answered from the nearest list: `listYear` says which.")
    @APIResponse(responseCode = "200", description = "The children, in code order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionChildren.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "`parent` is not a region code, or `year` is not a year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such parent region in the year's list.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegionChildren children(
            @Parameter(description = "Year; the latest list if absent.", example = "2022")
            @QueryParam("year")
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) Integer year,
            @Parameter(description = "The region whose children to list, short (4103) or padded to 6 digits (410300); "
                    + "the provinces if absent.", example = "4103")
            @QueryParam("parent")
            @Pattern(regexp = Parameters.REGION, message = Parameters.REGION_MESSAGE) @Size(max = Parameters.REGION_MAX) String parent) {
        return catalog.children(parent, year);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One region, with its path from the province")
    @APIResponse(responseCode = "200", description = "The region and its path.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "`code` is not 2, 4 or 6 digits, or `year` is not a year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such region in the year's list.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegionView region(
            @Parameter(in = ParameterIn.PATH, description = "The region's code, short (41, 4103, 410304) or padded to "
                    + "6 digits (410000, 410300).", example = "410304") @PathParam("code")
            @Pattern(regexp = Parameters.REGION, message = Parameters.REGION_MESSAGE) @Size(max = Parameters.REGION_MAX) String code,
            @Parameter(description = "Year; the latest list if absent.", example = "2022")
            @QueryParam("year")
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) Integer year) {
        return catalog.region(code, year);
    }
}
