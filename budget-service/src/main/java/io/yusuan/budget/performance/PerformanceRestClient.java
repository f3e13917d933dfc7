package io.yusuan.budget.performance;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * performance-service's tables 12 and 13, as far as budget-service uses them: the disclosure document prints them.
 * The one call from budget-service to performance-service (the dependency otherwise runs performance → budget), and
 * an optional one. Callers go through {@link PerformanceClient}.
 */
@RegisterRestClient(configKey = "performance")
@Path("/api/v1/regions/{region}/departments/{department}/performance/{year}/tables")
@Produces(MediaType.APPLICATION_JSON)
interface PerformanceRestClient {

    /** Table 12 or 13 as JSON. */
    @GET
    @Path("/{number}")
    PerformanceTable table(@PathParam("region") String region, @PathParam("department") String department,
            @PathParam("year") int year, @PathParam("number") String number);

    /** A 4xx (404: no targets for the year) is performance-service's answer, not a failure of performance-service. */
    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        if (response.getStatus() >= 400 && response.getStatus() < 500) {
            return new PerformanceRefused(response.getStatus());
        }
        return null;
    }
}
