package io.yusuan.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Writes need a bearer token with the right role: a missing or bad token is a 401, a token without
 * the role a 403, both as problem+json like every other error. Services authenticate lazily
 * ({@code quarkus.http.auth.proactive=false}) so that these failures reach this mapper.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problems.response(SecurityProblems.unauthorized(uri.getRequestUri().getRawPath())))
                .header(HttpHeaders.WWW_AUTHENTICATE, SecurityProblems.CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(SecurityProblems.forbidden(uri.getRequestUri().getRawPath()));
    }
}
