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
import java.util.function.Function;

/**
 * JSON calls to the running services, with a bearer token: what {@link DemoData} loads through, as an
 * integrator would. No retry: the services are ready when demo data is loaded, so a failure is a finding.
 */
final class ServiceCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A draft load asks catalog-service too; the first call of a fresh JVM is the slowest. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int QUOTED_BODY = 2_000;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
    private final Function<Service, URI> baseUrl;
    private final String token;

    /** @param token sent as {@code Authorization: Bearer} on every call */
    ServiceCalls(Function<Service, URI> baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
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
                .header("Authorization", "Bearer " + token)
                .method(method, body);
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
