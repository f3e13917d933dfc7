package io.yusuan.http.headers;

import java.util.Optional;

/**
 * The Content-Security-Policy of Swagger UI's pages: only this origin's scripts, styles, images and API calls, so that
 * a script injected through an OpenAPI document (a description is rendered as Markdown) cannot load or send anything
 * elsewhere. Swagger UI's page bootstraps with an inline script and styles elements inline, and its stylesheet draws
 * icons as {@code data:} images, hence {@code 'unsafe-inline'} and {@code data:}; it is framed only by this origin
 * (Quarkus's Dev UI embeds it). Other answers get no policy: the disclosure document (公开文档) of budget-service may be
 * embedded by a government portal, and JSON needs none.
 */
final class SwaggerUiPolicy {

    /** Where Quarkus serves Swagger UI (its default {@code quarkus.swagger-ui.path} under {@code /q}). */
    static final String PATH = "/q/swagger-ui";

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private SwaggerUiPolicy() {
    }

    /** The policy for an answer to the request path, if it gets one. */
    static Optional<String> forPath(String path) {
        return path != null && (path.equals(PATH) || path.startsWith(PATH + "/")) ? Optional.of(POLICY)
                : Optional.empty();
    }
}
