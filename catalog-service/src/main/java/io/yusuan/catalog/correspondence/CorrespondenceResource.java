package io.yusuan.catalog.correspondence;

import io.yusuan.problem.Problem;
import io.yusuan.catalog.code.CodeResource;
import io.yusuan.catalog.http.Parameters;
import io.yusuan.catalog.load.YearLoadResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/correspondence/{year}")
@Tag(name = "Correspondence", description = "部门预算支出经济分类 → 政府预算支出经济分类 对照表, by unit type.")
@Produces(MediaType.APPLICATION_JSON)
public class CorrespondenceResource {

    private final Correspondence correspondence;
    private final CorrespondenceLoader loader;

    public CorrespondenceResource(Correspondence correspondence, CorrespondenceLoader loader) {
        this.correspondence = correspondence;
        this.loader = loader;
    }

    @GET
    @Operation(summary = "The department→government economic correspondence of a year",
            description = "The table is a relation: a column may list several government codes for one department "
                    + "code. With `unitType`, each row gives the government codes for that type of unit only: "
                    + "ADMINISTRATIVE and CIVIL_SERVICE_MANAGED take the 行政单位 column, PUBLIC_INSTITUTION and OTHER "
                    + "the 事业单位 column.")
    @APIResponse(responseCode = "200", description = "The 对照表, in department code order.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "The unit type is not one of the four.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No 对照表 or economic code lists for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CorrespondenceTable table(
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year")
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) int year,
            @Parameter(description = "The type of unit.", example = "ADMINISTRATIVE") @QueryParam("unitType") UnitType unitType) {
        return correspondence.table(year, unitType);
    }

    @POST
    @Path("/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check up to 10,000 (department code, government code, unit type) pairs against the 对照表",
            description = "MATCH: the 对照表 lists the pair for the unit type. INCOMPATIBLE: the government 类 never "
                    + "corresponds to the department 类 (31002 → 50102). UNLISTED: anything else, such as a local practice "
                    + "within corresponding classes or a year without a 对照表; a warning, not an error.")
    @APIResponse(responseCode = "200", description = "One verdict per pair, in the order sent.")
    @APIResponse(responseCode = "400", description = "The body is not a list of at most 10,000 pairs.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PairValidationResult validate(
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year")
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) int year,
            @Valid @NotNull PairValidationRequest request) {
        return correspondence.validate(year, request.pairs());
    }

    @PUT
    @Consumes(CodeResource.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(YearLoadResource.ADMINISTRATOR)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Load (or replace) a year's 对照表 from CSV",
            description = "One row per pair: `department_code,unit_column,government_code,provenance`, unit_column "
                    + "ADMINISTRATIVE (行政单位 and 参公) or INSTITUTION (事业单位 and other units); a department code may "
                    + "have several rows per column. Load the year's two economic code lists first: every code must be one "
                    + "of theirs. The whole table is checked first; any fault rejects the load and "
                    + "nothing changes. A refresh of the shipped files never replaces a table loaded here. Needs the "
                    + "`catalog-admin` role.")
    @RequestBody(content = @Content(mediaType = CodeResource.CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 8_388_608), example =
            "department_code,unit_column,government_code,provenance\n"
                    + "30101,ADMINISTRATIVE,50101,财预〔2017〕98号\n"
                    + "30101,INSTITUTION,50501,财预〔2017〕98号\n"
                    + "31002,ADMINISTRATIVE,50306,provisional\n"))
    @APIResponse(responseCode = "201", description = "The year had no 对照表 and now has this one.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrespondenceLoad.class)))
    @APIResponse(responseCode = "200", description = "The year's 对照表 was replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrespondenceLoad.class)))
    @APIResponse(responseCode = "404", description = "The year has no economic code lists to check the table against.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not text/csv.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The table breaks the rules; every fault is listed with its line.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response load(
            @Parameter(description = "Fiscal year.", example = "2027") @PathParam("year")
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) int year,
            String csv) {
        CorrespondenceLoad load = loader.load(year, new StringReader(csv));
        return Response.status(load.replaced() ? Response.Status.OK : Response.Status.CREATED).entity(load).build();
    }
}
