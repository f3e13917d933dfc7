package io.yusuan.localrun;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a service's readiness endpoint whether it can serve. A service's port opens before its database
 * pool and migrations are done; only a 200 from {@code /q/health/ready} says the service is usable.
 */
final class ReadinessProbe {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    // HTTP/1.1: the default HTTP/2 attempt adds an upgrade handshake a plain health check does not need.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    /** True on a 200; false on any other answer or none, as a starting service gives both. */
    boolean isReady(URI readinessUrl) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(readinessUrl).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notAnsweringYet) {
            return false;
        }
    }
}
