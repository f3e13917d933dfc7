package io.yusuan.budget.catalog;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/** catalog-service's HTTP API, as far as budget-service uses it. Callers go through {@link CatalogClient}. */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(RevalidatedReads.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface CatalogRestClient {

    @GET
    @Path("/schemes")
    List<CatalogScheme> schemes();

    @POST
    @Path("/years/{year}/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    YearCheck checkYear(@PathParam("year") int year, YearCheck.Request request);

    @GET
    @Path("/schemes/{scheme}/years/{year}/codes")
    CodePage codes(@PathParam("scheme") String scheme, @PathParam("year") int year, @QueryParam("level") int level,
            @QueryParam("limit") int limit);

    @GET
    @Path("/regions/{code}")
    CatalogRegion region(@PathParam("code") String code, @QueryParam("year") int year);

    /** A 4xx is catalog-service's answer about the request, not a failure of catalog-service. */
    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        if (response.getStatus() >= 400 && response.getStatus() < 500) {
            return new CatalogRefused(response.getStatus(), response.readEntity(String.class));
        }
        return null;
    }
}
