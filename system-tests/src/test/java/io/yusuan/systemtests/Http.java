package io.yusuan.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A thread-safe JSON client for many concurrent callers (load and fault tests): one JDK HTTP client, answers as status,
 * text and headers, a failure to connect or a timeout as status 0.
 */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer; its headers as sent, none for a request that got no answer. */
    record Answer(int status, String text, HttpHeaders headers) {

        Answer(int status, String text) {
            this(status, text, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        /** The header's first value, or null. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                return JSON.missingNode();
            }
        }

        @Override
        public String toString() {
            return status + " " + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
        }
    }

    Answer get(URI base, String path, String token) {
        return send(base, "GET", path, token, null);
    }

    Answer put(URI base, String path, String token, String json) {
        return send(base, "PUT", path, token, json);
    }

    Answer post(URI base, String path, String token, String json) {
        return send(base, "POST", path, token, json);
    }

    /** A request, with more headers as name, value pairs (an {@code Accept} among them replaces the JSON one). */
    Answer send(URI base, String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .setHeader("Accept", "application/json, */*;q=0.5")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            return new Answer(0, method + " " + path + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, method + " " + path + " interrupted");
        }
    }
}
