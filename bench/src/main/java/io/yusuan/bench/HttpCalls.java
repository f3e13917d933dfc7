package io.yusuan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Timed HTTP exchanges with a service, one at a time over one kept-alive connection, as a client integrating
 * with the service would make them. Only the exchange is timed — from sending the request to having the whole
 * body — not what the benchmark does with the answer afterwards.
 */
final class HttpCalls {

    /** An answer and how long it took. */
    record Exchange(String body, long nanos) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    // HTTP/1.1: the default would first try to upgrade each new connection to HTTP/2, a step no client of ours takes.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    Exchange get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build());
    }

    Exchange postJson(URI uri, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    /** @throws IllegalStateException unless the answer is 200: a failed call must never count as a fast one */
    private Exchange send(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            String body = response.body();
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + body.substring(0, Math.min(body.length(), 500)));
        }
        return new Exchange(response.body(), nanos);
    }
}
