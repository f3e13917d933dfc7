package io.yusuan.performance.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.yusuan.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Declares the 500 every operation can answer (a failure of ours, as problem+json with nothing of the internals, see
 * {@code ProblemExceptionMappers}) on each operation that does not declare it itself: a strictly generated client then
 * reads it as a problem, not as an undeclared status.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class InternalErrorResponses implements OASFilter {

    static final String STATUS = "500";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().values().forEach(operation -> {
                if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(STATUS)) {
                    operation.getResponses().addAPIResponse(STATUS, OASFactory.createAPIResponse()
                            .description("The service failed; the failure is logged, and the answer tells nothing of it.")
                            .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("Problem")))));
                }
            });
        }
    }
}
