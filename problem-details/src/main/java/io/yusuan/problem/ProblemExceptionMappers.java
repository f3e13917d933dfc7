package io.yusuan.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one error path of a Yusuan service: every exception a request can raise becomes an
 * RFC 9457 problem+json answer. Client faults keep their 4xx status and say what is wrong; anything
 * else is a 500 that says nothing of the internals (it is logged instead).
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e.status() >= 500) {
            LOG.warnf(e, "%s answered %d", path(uri), e.status());
        }
        return Problems.response(e.toProblem(path(uri)));
    }

    /** 404, 405, 406, 415 and the other statuses the REST layer decides itself. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "%s failed", path(uri));
            return Problems.response(Problems.internal(path(uri)));
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; the request is malformed, not aimed wrong.
            return Problems.response(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                    ParameterConversion.detail(e.getCause()), path(uri), List.of()));
        }
        return Problems.response(Problems.forStatus(status, HttpProblemDetail.of(e, status), path(uri)));
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return Problems.response(UnreadableBody.of(e, path(uri)));
    }

    /**
     * JSON of the wrong shape. Declared for this exact type so that it wins over the REST layer's own
     * mapper, which answers plain JSON.
     */
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    /** Bean Validation on parameters and bodies. */
    @ServerExceptionMapper
    public Response constraints(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(ViolationPointers.of(v.getPropertyPath()), "INVALID", ViolationMessages.of(v)))
                .sorted(java.util.Comparator.comparing(FieldError::pointer))
                .toList();
        return Problems.response(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                errors.size() + " parameter(s) or field(s) are invalid; see errors.", path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "%s failed", path(uri));
        return Problems.response(Problems.internal(path(uri)));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
