package io.yusuan.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * JSON calls to the running services, with a bearer token: what {@link DemoData} loads through, as an
 * integrator would. No retry: the services are ready when demo data is loaded, so a failure is a finding.
 * The calls made {@link #as} a role send that role's token for the scope asked; the others send none.
 */
final class ServiceCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A draft load asks catalog-service too; the first call of a fresh JVM is the slowest. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int QUOTED_BODY = 2_000;

    private final HttpClient client;
    private final Function<Service, URI> baseUrl;
    private final TokenSource tokens;
    /** Sent as {@code Authorization: Bearer}; null for none. */
    private final String token;

    ServiceCalls(Function<Service, URI> baseUrl, TokenSource tokens) {
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build(),
                baseUrl, tokens, null);
    }

    private ServiceCalls(HttpClient client, Function<Service, URI> baseUrl, TokenSource tokens, String token) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.token = token;
    }

    /** The same calls with a token of {@code role} for {@code region} and {@code departments} (none: all of it). */
    ServiceCalls as(String role, String region, String... departments) {
        return new ServiceCalls(client, baseUrl, tokens, tokens.token(role, region, List.of(departments)));
    }

    /** The address of {@code path} on {@code service}, for reports. */
    URI address(Service service, String path) {
        return baseUrl.apply(service).resolve(path);
    }

    Answer get(Service service, String path) throws InterruptedException {
        return send(service, "GET", path, HttpRequest.BodyPublishers.noBody());
    }

    Answer put(Service service, String path, byte[] json) throws InterruptedException {
        return send(service, "PUT", path, HttpRequest.BodyPublishers.ofByteArray(json));
    }

    Answer post(Service service, String path, String json) throws InterruptedException {
        return send(service, "POST", path, json == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private Answer send(Service service, String method, String path, HttpRequest.BodyPublisher body)
            throws InterruptedException {
        URI uri = address(service, path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (!method.equals("GET")) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(method + " " + uri, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new DemoDataException(method + " " + uri + " failed: " + e, e);
        }
    }

    /** One answer: its status, and its body as JSON (missing when it is none). */
    record Answer(String request, int status, String text) {

        JsonNode json() {
            if (text == null || text.isBlank()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        /**
         * This answer, if its status is one of {@code statuses}.
         *
         * @throws DemoDataException otherwise, quoting the answer (a problem+json says what was wrong)
         */
        Answer expect(int... statuses) {
            if (Arrays.stream(statuses).anyMatch(status -> status == this.status)) {
                return this;
            }
            String quoted = text == null ? "" : text.length() > QUOTED_BODY ? text.substring(0, QUOTED_BODY) + "…" : text;
            throw new DemoDataException(request + " answered " + status + (quoted.isBlank() ? "" : ": " + quoted));
        }
    }
}
