package io.yusuan.catalog.check;

import io.yusuan.catalog.code.CodeCatalog;
import io.yusuan.catalog.code.CodeVerdict;
import io.yusuan.catalog.correspondence.Correspondence;
import io.yusuan.catalog.correspondence.PairVerdict;
import io.yusuan.catalog.http.Parameters;
import io.yusuan.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One call for everything a budget package needs checked: a service validating a package asks
 * once, not once per scheme or per line.
 */
@Path("/api/v1/years/{year}/validation")
@Tag(name = "Codes", description = "One scheme's code list for one fiscal year: browse, look up, validate, export.")
public class YearCheckResource {

    private final CodeCatalog codes;
    private final Correspondence correspondence;

    public YearCheckResource(CodeCatalog codes, Correspondence correspondence) {
        this.codes = codes;
        this.correspondence = correspondence;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate a package's codes of every scheme, and its economic code pairs, in one call")
    @APIResponse(responseCode = "200", description = "Every verdict, in the order sent.")
    @APIResponse(responseCode = "400", description = "The body is not codes by scheme and pairs, or is too large.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A scheme, its list for the year, or the year's 对照表 does not exist.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public YearCheckResult check(
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year")
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) int year,
            @Valid @NotNull YearCheckRequest request) {
        Map<String, List<CodeVerdict>> verdicts = new LinkedHashMap<>();
        request.codes().forEach((scheme, list) -> verdicts.put(scheme, codes.validate(scheme, year, list).results()));
        List<PairVerdict> pairs = request.pairs() == null || request.pairs().isEmpty()
                ? List.of()
                : correspondence.validate(year, request.pairs()).results();
        return new YearCheckResult(year, verdicts, pairs);
    }
}
