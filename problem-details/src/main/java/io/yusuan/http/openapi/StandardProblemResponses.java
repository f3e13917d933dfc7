package io.yusuan.http.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.yusuan.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Declares on every operation the problem+json answers the shared layer gives it (see {@code ProblemExceptionMappers},
 * {@code SecurityProblemMappers}), unless the operation declares them itself, which it does only to say something
 * particular: a 400 always (a parameter or the body can be invalid, and a malformed request such as a {@code %00} in
 * any query answers 400 whatever the operation), a 401 and a 403 when a token is required, a 404 when
 * the path names something, and a 406 and a 500 always. A strictly generated client then reads each of them as a
 * problem, not as an undeclared status. Annotated, so that every service runs it from this jar without configuring
 * {@code mp.openapi.filter}.
 *
 * <p>A declared answer keeps its description; one without content gets the problem+json content, since these statuses
 * always answer a problem. Quarkus itself declares a bare 401 and 403 for {@code @RolesAllowed} (and a bare 400 for
 * validated parameters) before this filter runs; their placeholder descriptions say nothing, so they get ours.
 *
 * <p>It also replaces the servers Quarkus generates (absolute {@code http://} addresses of the build) with one relative
 * entry, {@code /}: the service's own origin, local or deployed, marked {@code x-internal: false}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardProblemResponses implements OASFilter {

    /** The schema component of {@link Problem}, by its short name. */
    static final String PROBLEM_SCHEMA = "Problem";

    /** The one server: the origin this document is read from, whatever that is. */
    static final String SERVER_URL = "/";

    static final String SERVER_DESCRIPTION = "This service's own origin, the one this document is served from: "
            + "http://localhost on a local run, and in production the deployment's address behind TLS (https).";

    /** The descriptions Quarkus gives the answers it declares itself. */
    private static final Set<String> PLACEHOLDERS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    /** The standard answers, in status order, each with the operations it applies to. */
    private static final List<Standard> STANDARDS = List.of(
            new Standard("400", "Bad request: a parameter or the body is invalid (`errors` names each field), or the "
                    + "request itself is malformed, such as a `%00` in its query.", operation -> true),
            new Standard("401", "No valid bearer token (JWT) in the Authorization header.", OperationFacts::secured),
            new Standard("403", "The token lacks the role this operation needs, or acts for another region or "
                    + "department.", OperationFacts::secured),
            new Standard("404", "Nothing exists at this path: a path parameter names nothing that is there.",
                    OperationFacts::namesAResource),
            new Standard("406", "None of the media types in Accept can be produced here.", operation -> true),
            new Standard("500", "The service failed; the failure is logged, and the answer tells nothing of it.",
                    operation -> true));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url(SERVER_URL).description(SERVER_DESCRIPTION)
                .addExtension("x-internal", Boolean.FALSE)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<SecurityRequirement> documentSecurity = openAPI.getSecurity();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                OperationFacts facts = new OperationFacts(operation, path.getParameters(), documentSecurity);
                STANDARDS.stream().filter(standard -> standard.appliesTo().test(facts))
                        .forEach(standard -> declare(operation, standard));
            }
        }
    }

    private static void declare(Operation operation, Standard standard) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse declared = operation.getResponses().getAPIResponse(standard.status());
        if (declared == null) {
            operation.getResponses().addAPIResponse(standard.status(), OASFactory.createAPIResponse()
                    .description(standard.description()).content(problem()));
            return;
        }
        if (declared.getContent() == null || declared.getContent().getMediaTypes() == null
                || declared.getContent().getMediaTypes().isEmpty()) {
            declared.setContent(problem());
        }
        if (declared.getDescription() == null || declared.getDescription().isBlank()
                || PLACEHOLDERS.contains(declared.getDescription())) {
            declared.setDescription(standard.description());
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    /** One standard answer: its status, its description, and which operations can give it. */
    private record Standard(String status, String description, Predicate<OperationFacts> appliesTo) {
    }

    /**
     * An operation as the standard answers see it.
     *
     * @param pathParameters the parameters its path item declares for all its operations; may be null
     * @param documentSecurity the security requirement of the whole document, which an operation without its own
     *     inherits; may be null
     */
    record OperationFacts(Operation operation, List<Parameter> pathParameters, List<SecurityRequirement> documentSecurity) {

        boolean namesAResource() {
            return parameters().stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.PATH);
        }

        /** Whether a token is required: some requirement applies, and none of the alternatives is the empty one. */
        boolean secured() {
            List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity()
                    : documentSecurity;
            return security != null && !security.isEmpty() && security.stream().noneMatch(OperationFacts::isAnonymous);
        }

        private List<Parameter> parameters() {
            return Stream.of(operation.getParameters(), pathParameters)
                    .filter(Objects::nonNull).flatMap(List::stream).toList();
        }

        private static boolean isAnonymous(SecurityRequirement requirement) {
            Map<String, List<String>> schemes = requirement.getSchemes();
            return schemes == null || schemes.isEmpty();
        }
    }
}
