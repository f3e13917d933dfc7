package io.yusuan.budget.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's HTTP API, as far as budget-service uses it. Callers go through {@link CatalogClient}. */
@RegisterRestClient(configKey = "catalog")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface CatalogRestClient {

    @GET
    @Path("/schemes")
    List<CatalogScheme> schemes();
}
