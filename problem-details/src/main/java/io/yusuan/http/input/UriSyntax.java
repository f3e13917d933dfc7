package io.yusuan.http.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import io.yusuan.problem.Problems;
import io.yusuan.problem.RouteProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Refuses a request URI that is not one (a {@code %} not followed by two hex digits, a {@code |} or {@code {} left
 * unencoded) as a 400 problem, before the router or a resource decodes it. Quarkus makes the same check itself, ahead
 * of every filter, and answers it with an empty 400; a service started with
 * {@code -Dvertx.disableURIValidation=true} leaves the check to this filter, and so answers problem+json. Without the
 * check, decoding such a URI fails deep in the router or the REST layer, as a 500.
 */
@ApplicationScoped
public class UriSyntax {

    /** After CORS and the security headers, so that the refusal carries them; nothing before decodes the URI. */
    static final int PRIORITY = 850;

    private final ObjectMapper json;

    public UriSyntax(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        if (isValid(context.request().uri())) {
            context.next();
            return;
        }
        RouteProblem.answer(context, json, Problems.forStatus(400, "The request URI is malformed: each % must begin "
                + "an escape of two hexadecimal digits, and characters such as spaces, | { } must be percent-encoded.",
                null));
    }

    /** The check Quarkus makes: whether {@link URI} parses the request line's URI. */
    static boolean isValid(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
