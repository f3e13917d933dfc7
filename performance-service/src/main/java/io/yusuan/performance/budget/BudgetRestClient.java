package io.yusuan.performance.budget;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** budget-service's HTTP API, as far as performance-service uses it. Callers go through {@link BudgetClient}. */
@RegisterRestClient(configKey = "budget")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface BudgetRestClient {

    @GET
    @Path("/departments")
    BudgetDepartmentPage departments(@QueryParam("region") String region, @QueryParam("limit") int limit);
}
