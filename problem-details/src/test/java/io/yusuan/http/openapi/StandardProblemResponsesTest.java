package io.yusuan.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class StandardProblemResponsesTest {

    private final StandardProblemResponses filter = new StandardProblemResponses();

    @Test
    void anOperationWithoutInputOrTokenGetsOnly400And406And500() {
        Operation list = operation();
        filter.filterOpenAPI(document("/api/v1/schemes", OASFactory.createPathItem().GET(list)));

        assertThat(list.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "406", "500");
    }

    @Test
    void aPathParameterBringsA400AndA404() {
        Operation read = operation().addParameter(parameter(Parameter.In.PATH, "year"));
        filter.filterOpenAPI(document("/api/v1/years/{year}", OASFactory.createPathItem().GET(read)));

        assertThat(read.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "404", "406", "500");
    }

    @Test
    void aQueryParameterOrABodyBringsA400ButNoA404() {
        Operation search = operation().addParameter(parameter(Parameter.In.QUERY, "parent"));
        Operation validate = operation().requestBody(OASFactory.createRequestBody());
        OpenAPI openAPI = document("/api/v1/regions", OASFactory.createPathItem().GET(search));
        openAPI.getPaths().addPathItem("/api/v1/validation", OASFactory.createPathItem().POST(validate));
        filter.filterOpenAPI(openAPI);

        assertThat(search.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "406", "500");
        assertThat(validate.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "406", "500");
    }

    @Test
    void parametersOfThePathItemCountForEachOfItsOperations() {
        Operation read = operation();
        filter.filterOpenAPI(document("/api/v1/years/{year}", OASFactory.createPathItem().GET(read)
                .addParameter(parameter(Parameter.In.PATH, "year"))));

        assertThat(read.getResponses().getAPIResponses()).containsKeys("400", "404");
    }

    @Test
    void aSecurityRequirementOfTheOperationOrOfTheDocumentBrings401And403() {
        Operation load = operation().addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"));
        filter.filterOpenAPI(document("/load", OASFactory.createPathItem().PUT(load)));
        assertThat(load.getResponses().getAPIResponses()).containsKeys("401", "403");

        Operation inherited = operation();
        OpenAPI secured = document("/inherited", OASFactory.createPathItem().PUT(inherited))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"));
        filter.filterOpenAPI(secured);
        assertThat(inherited.getResponses().getAPIResponses()).containsKeys("401", "403");
    }

    @Test
    void anOperationThatLiftsTheDocumentsRequirementOrMakesTheTokenOptionalGetsNo401() {
        Operation lifted = operation().security(List.of());
        Operation optional = operation().security(List.of(OASFactory.createSecurityRequirement().addScheme("jwt"),
                OASFactory.createSecurityRequirement()));
        OpenAPI openAPI = document("/lifted", OASFactory.createPathItem().GET(lifted))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"));
        openAPI.getPaths().addPathItem("/optional", OASFactory.createPathItem().GET(optional));
        filter.filterOpenAPI(openAPI);

        assertThat(lifted.getResponses().getAPIResponses()).doesNotContainKeys("401", "403");
        assertThat(optional.getResponses().getAPIResponses()).doesNotContainKeys("401", "403");
    }

    @Test
    void anAddedAnswerIsAProblemReferringToTheProblemSchema() {
        Operation read = operation().addParameter(parameter(Parameter.In.PATH, "year"));
        filter.filterOpenAPI(document("/api/v1/years/{year}", OASFactory.createPathItem().GET(read)));

        APIResponse badRequest = read.getResponses().getAPIResponse("400");
        assertThat(badRequest.getDescription()).contains("`errors`");
        assertThat(badRequest.getContent().getMediaTypes()).containsOnlyKeys("application/problem+json");
        assertThat(badRequest.getContent().getMediaType("application/problem+json").getSchema().getRef())
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void anAnswerTheOperationDeclaresItselfIsKept() {
        APIResponse specific = OASFactory.createAPIResponse().description("No department 141 in region 410304.");
        Operation read = operation().addParameter(parameter(Parameter.In.PATH, "department"));
        read.getResponses().addAPIResponse("404", specific);
        filter.filterOpenAPI(document("/departments/{department}", OASFactory.createPathItem().GET(read)));

        assertThat(read.getResponses().getAPIResponse("404")).isSameAs(specific);
    }

    @Test
    void aDeclaredAnswerWithoutContentGetsTheProblemContentAndKeepsItsDescription() {
        Operation read = operation().addParameter(parameter(Parameter.In.PATH, "department"));
        read.getResponses().addAPIResponse("404", OASFactory.createAPIResponse().description("No such department."));
        filter.filterOpenAPI(document("/departments/{department}", OASFactory.createPathItem().GET(read)));

        APIResponse notFound = read.getResponses().getAPIResponse("404");
        assertThat(notFound.getDescription()).isEqualTo("No such department.");
        assertThat(notFound.getContent().getMediaTypes()).containsOnlyKeys("application/problem+json");
    }

    @Test
    void theBareAnswersQuarkusDeclaresForRolesAllowedGetOurDescriptions() {
        Operation load = operation().addSecurityRequirement(OASFactory.createSecurityRequirement()
                .addScheme("jwt", "catalog-admin"));
        load.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"));
        filter.filterOpenAPI(document("/load", OASFactory.createPathItem().PUT(load)));

        assertThat(load.getResponses().getAPIResponse("401").getDescription()).contains("bearer token");
        assertThat(load.getResponses().getAPIResponse("403").getDescription()).contains("role");
        assertThat(load.getResponses().getAPIResponse("403").getContent().getMediaTypes())
                .containsOnlyKeys("application/problem+json");
    }

    @Test
    void anOperationWithoutResponsesGetsThem() {
        Operation bare = OASFactory.createOperation();
        filter.filterOpenAPI(document("/bare", OASFactory.createPathItem().DELETE(bare)));

        assertThat(bare.getResponses().getAPIResponses()).containsOnlyKeys("400", "406", "500");
    }

    @Test
    void theGeneratedServersGiveWayToTheServicesOwnOriginMarkedPublic() {
        OpenAPI openAPI = document("/api/v1/schemes", OASFactory.createPathItem().GET(operation()));
        openAPI.addServer(OASFactory.createServer().url("http://localhost:8081"));
        filter.filterOpenAPI(openAPI);

        assertThat(openAPI.getServers()).singleElement().satisfies(server -> {
            assertThat(server.getUrl()).isEqualTo("/");
            assertThat(server.getDescription()).containsIgnoringCase("local").containsIgnoringCase("production");
            assertThat(server.getExtensions()).containsEntry("x-internal", false);
        });
    }

    @Test
    void aDocumentWithoutPathsIsLeftAlone() {
        OpenAPI empty = OASFactory.createOpenAPI();
        filter.filterOpenAPI(empty);

        assertThat(empty.getPaths()).isNull();
    }

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static Parameter parameter(Parameter.In in, String name) {
        return OASFactory.createParameter().in(in).name(name);
    }

    private static OpenAPI document(String path, PathItem item) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path, item));
    }
}
