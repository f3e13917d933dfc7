package io.yusuan.performance.budget;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** budget-service's HTTP API, as far as performance-service uses it. Callers go through {@link BudgetClient}. */
@RegisterRestClient(configKey = "budget")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface BudgetRestClient {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Path("/departments")
    BudgetDepartmentPage departments(@QueryParam("region") String region, @QueryParam("limit") int limit);

    @GET
    @Path("/regions/{region}/departments/{department}/budgets/{year}/funding")
    BudgetFunding funding(@PathParam("region") String region, @PathParam("department") String department,
            @PathParam("year") int year);

    /** Tables 01–11 of the version (the latest published one when {@code version} is null), as one XLSX workbook. */
    @GET
    @Path("/regions/{region}/departments/{department}/budgets/{year}/tables.xlsx")
    @Produces(XLSX)
    byte[] tablesWorkbook(@PathParam("region") String region, @PathParam("department") String department,
            @PathParam("year") int year, @QueryParam("version") Integer version);

    /** A 4xx is budget-service's answer about the request (no such published budget), not its failure. */
    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        if (response.getStatus() >= 400 && response.getStatus() < 500) {
            return new BudgetRefused(response.getStatus());
        }
        return null;
    }
}
