package io.yusuan.performance.table;

import io.yusuan.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions/{region}/departments/{department}/performance/{year}/tables")
@Tag(name = "Tables", description = "Tables 12 and 13 of the disclosure.")
public class PerformanceTableResource {

    static final String CSV = "text/csv";

    private final PerformanceTables tables;

    public PerformanceTableResource(PerformanceTables tables) {
        this.tables = tables;
    }

    @GET
    @Path("/12")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Table 12 部门（单位）整体绩效目标表, as JSON or CSV")
    @APIResponse(responseCode = "200", description = "The table.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Table12.class)),
                       @Content(mediaType = CSV)})
    @APIResponse(responseCode = "404", description = "No overall target for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response table12(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year, @Context HttpHeaders headers) {
        Table12 table = tables.table12(region, department, year);
        return csv(headers) ? Response.ok(PerformanceTableCsv.of(table), CSV + ";charset=UTF-8").build()
                : Response.ok(table, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/13")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Table 13 部门预算项目绩效目标表, as JSON or CSV")
    @APIResponse(responseCode = "200", description = "The table.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Table13.class)),
                       @Content(mediaType = CSV)})
    @APIResponse(responseCode = "404", description = "No project targets for the year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is acceptable.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response table13(
            @Parameter(description = "6-digit fiscal division code.", example = "410304") @PathParam("region") String region,
            @Parameter(description = "Department code.", example = "141") @PathParam("department") String department,
            @Parameter(description = "Fiscal year.", example = "2022") @PathParam("year") int year, @Context HttpHeaders headers) {
        Table13 table = tables.table13(region, department, year);
        return csv(headers) ? Response.ok(PerformanceTableCsv.of(table), CSV + ";charset=UTF-8").build()
                : Response.ok(table, MediaType.APPLICATION_JSON).build();
    }

    private static boolean csv(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().filter(type -> !type.isWildcardType()).findFirst()
                .map(type -> type.isCompatible(MediaType.valueOf(CSV))).orElse(false);
    }
}
