package io.yusuan.catalog.load;

import io.yusuan.catalog.code.CodeResource;
import io.yusuan.catalog.code.Coverage;
import io.yusuan.catalog.http.Parameters;
import io.yusuan.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

@Path("/api/v1/schemes/{scheme}/years/{year}")
@Tag(name = "Loads", description = "Administrators load a whole year's code list.")
public class YearLoadResource {

    /** The role that may load code lists. */
    public static final String ADMINISTRATOR = "catalog-admin";

    private final YearLoader loader;

    public YearLoadResource(YearLoader loader) {
        this.loader = loader;
    }

    @PUT
    @Consumes(CodeResource.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ADMINISTRATOR)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Load (or replace) a year's code list from CSV",
            description = "The whole list is checked first (header, levels, code lengths, duplicates, unknown parents, "
                    + "cycles); any fault rejects the load and nothing changes. Otherwise the year is replaced in one "
                    + "transaction. `coverage` says how much of the year's official edition the list holds: under a "
                    + "PARTIAL or PROVISIONAL list, a well-formed code missing under a known parent is accepted with a "
                    + "warning (UNLISTED), as the catalogue may lack it; only a COMPLETE list calls it unknown. Needs the "
                    + "`catalog-admin` role.")
    @RequestBody(content = @Content(mediaType = CodeResource.CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 8_388_608), example =
            "code,level,parent,name,name_en,provenance,basic_category,three_public_part\n"
                    + "201,类,,一般公共服务支出,General public services,财政部《2022年政府收支分类科目》,,\n"
                    + "20103,款,201,政府办公厅（室）及相关机构事务,Government offices,财政部《2022年政府收支分类科目》,,\n"
                    + "2010301,项,20103,行政运行,General administration,财政部《2022年政府收支分类科目》,,\n"))
    @APIResponse(responseCode = "201", description = "The year was new and is loaded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearLoad.class)))
    @APIResponse(responseCode = "200", description = "The year's list was replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearLoad.class)))
    @APIResponse(responseCode = "404", description = "No such scheme.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not text/csv.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The list breaks the rules; every fault is listed with its line.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response load(
            @Parameter(description = "Scheme id.", example = "functional") @PathParam("scheme")
            @Pattern(regexp = Parameters.SCHEME, message = Parameters.SCHEME_MESSAGE) @Size(max = Parameters.SCHEME_MAX) String scheme,
            @Parameter(description = "Fiscal year.", example = "2027") @PathParam("year")
            @Min(Parameters.YEAR_MIN) @Max(Parameters.YEAR_MAX) int year,
            @Parameter(description = "How much of the year's official edition the list holds.", example = "COMPLETE")
            @QueryParam("coverage") @DefaultValue("PARTIAL") Coverage coverage,
            String csv) {
        YearLoad load = loader.load(scheme, year, coverage, new StringReader(csv));
        return Response.status(load.replaced() ? Response.Status.OK : Response.Status.CREATED).entity(load).build();
    }
}
