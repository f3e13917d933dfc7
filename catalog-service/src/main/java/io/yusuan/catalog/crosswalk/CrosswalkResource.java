package io.yusuan.catalog.crosswalk;

import io.yusuan.catalog.http.Parameters;
import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/crosswalks/{scheme}")
@Tag(name = "Crosswalks", description = "How codes changed between fiscal years, for year-on-year comparison.")
@Produces(MediaType.APPLICATION_JSON)
public class CrosswalkResource {

    private final Crosswalks crosswalks;

    public CrosswalkResource(Crosswalks crosswalks) {
        this.crosswalks = crosswalks;
    }

    @GET
    @Operation(summary = "Codes renamed, split, merged, replaced, added or retired between two years")
    @APIResponse(responseCode = "200", description = "Every change, in code order.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "`from` or `to` is missing, or `to` is not later than `from`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such scheme, or a year is not loaded.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CrosswalkView changes(
            @Parameter(description = "Scheme id.", example = "functional") @PathParam("scheme")
            @Pattern(regexp = Parameters.SCHEME, message = Parameters.SCHEME_MESSAGE) @Size(max = Parameters.SCHEME_MAX) String scheme,
            @Parameter(description = "The earlier year.", example = "2022", required = true) @QueryParam("from") @NotNull
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) Integer from,
            @Parameter(description = "The later year.", example = "2026", required = true) @QueryParam("to") @NotNull
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) Integer to) {
        return crosswalks.changes(scheme, from, to);
    }

    @POST
    @Path("/restate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-express old codes in a later year's codes",
            description = "The basis of year-on-year comparison when codes change: each old code with the later "
                    + "year's code(s) that carry it.")
    @APIResponse(responseCode = "200", description = "One restatement per code, in the order sent.")
    @APIResponse(responseCode = "400", description = "`from`/`to` missing or out of order, or the body is not a list of codes.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such scheme, or a year is not loaded.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestateResult restate(
            @Parameter(description = "Scheme id.", example = "functional") @PathParam("scheme")
            @Pattern(regexp = Parameters.SCHEME, message = Parameters.SCHEME_MESSAGE) @Size(max = Parameters.SCHEME_MAX) String scheme,
            @Parameter(description = "The year of the codes sent.", example = "2022", required = true) @QueryParam("from") @NotNull
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) Integer from,
            @Parameter(description = "The year to restate them in.", example = "2026", required = true) @QueryParam("to") @NotNull
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) Integer to,
            @Valid @NotNull RestateRequest request) {
        return crosswalks.restate(scheme, from, to, request.codes());
    }
}
