package io.yusuan.budget.performance;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * performance-service's tables 12 and 13, as far as budget-service uses them: the disclosure document prints them,
 * if its targets were written against the document's budget version.
 * The one call from budget-service to performance-service (the dependency otherwise runs performance → budget), and
 * an optional one. Callers go through {@link PerformanceClient}.
 */
@RegisterRestClient(configKey = "performance")
@Path("/api/v1/regions/{region}/departments/{department}/performance/{year}")
@Produces(MediaType.APPLICATION_JSON)
interface PerformanceRestClient {

    /** Table 12 or 13 as JSON. */
    @GET
    @Path("/tables/{number}")
    PerformanceTable table(@PathParam("region") String region, @PathParam("department") String department,
            @PathParam("year") int year, @PathParam("number") String number);

    /** The overall target (table 12's), as far as the budget version it was written against (404: not set). */
    @GET
    @Path("/overall")
    PerformanceTarget overall(@PathParam("region") String region, @PathParam("department") String department,
            @PathParam("year") int year);

    /** The project targets (table 13's), as far as the budget version each was written against. */
    @GET
    @Path("/projects")
    List<PerformanceTarget> projects(@PathParam("region") String region, @PathParam("department") String department,
            @PathParam("year") int year);

    /** A 4xx (404: no targets for the year) is performance-service's answer, not a failure of performance-service. */
    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        if (response.getStatus() >= 400 && response.getStatus() < 500) {
            return new PerformanceRefused(response.getStatus());
        }
        return null;
    }
}
