package io.yusuan.budget.narrative;

import io.yusuan.budget.version.BudgetVersion;
import io.yusuan.budget.version.VisibleVersions;
import io.yusuan.problem.Problem;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/regions/{region}/departments/{department}/budgets/{year}/narrative")
@Tag(name = "Narrative", description = "The explanation (第二部分 情况说明), generated from the budget's lines.")
@Produces(MediaType.APPLICATION_JSON)
public class NarrativeResource {

    private final VisibleVersions visible;
    private final NarrativeFiguresQuery figures;

    public NarrativeResource(VisibleVersions visible, NarrativeFiguresQuery figures) {
        this.visible = visible;
        this.figures = figures;
    }

    @GET
    @Operation(summary = "Paragraphs 一 to 十 of the explanation, every figure generated from the budget")
    @APIResponse(responseCode = "200", description = "The paragraphs.")
    @APIResponse(responseCode = "400", description = "lang is not zh or en, or version is not a number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such budget or version, or nothing of it is published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Narrative narrative(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year,
            @Parameter(description = "zh (default) or en.", example = "zh")
            @QueryParam("lang") @DefaultValue("zh") @Pattern(regexp = "zh|en", message = "must be zh or en") String lang,
            @Parameter(description = "Version number; the latest published (or the open draft, for editors) by default.")
            @QueryParam("version") @Min(1) Integer version) {
        BudgetVersion selected = visible.select(region, department, year, version);
        NarrativeFigures numbers = figures.of(selected);
        return new Narrative(year, selected.number(), lang,
                "en".equals(lang) ? EnglishNarrativeWriter.english(numbers) : NarrativeWriter.chinese(numbers));
    }
}
