package io.yusuan.localrun;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the services in the demo steps' tests: answers each {@code METHOD /path} with the answers queued for
 * it, in order (500 when none is left), and records every request, its body and its Authorization header.
 */
final class StubServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Deque<String[]>> answers = new HashMap<>();
    final List<String> requests = new ArrayList<>();
    final List<String> bodies = new ArrayList<>();
    final List<String> authorizations = new ArrayList<>();

    private StubServer(HttpServer server) {
        this.server = server;
    }

    static StubServer start() throws IOException {
        StubServer stub = new StubServer(HttpServer.create(new InetSocketAddress("localhost", 0), 0));
        stub.server.createContext("/", exchange -> {
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            synchronized (stub) {
                stub.requests.add(request);
                stub.bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                stub.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            }
            String[] answer;
            synchronized (stub) {
                Deque<String[]> queue = stub.answers.getOrDefault(request, new ArrayDeque<>());
                answer = queue.isEmpty() ? new String[] {"500", "{\"title\":\"unexpected " + request + "\"}"} : queue.poll();
            }
            byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.server.start();
        return stub;
    }

    /** Queues an answer to {@code request} ({@code "GET /path"}). */
    synchronized void answer(String request, int status, String body) {
        answers.computeIfAbsent(request, r -> new ArrayDeque<>()).add(new String[] {Integer.toString(status), body});
    }

    /** Calls to every service go to this stub; a token is its role and scope, e.g. {@code budget-editor@410304/141}. */
    ServiceCalls calls() {
        return new ServiceCalls(service -> base(), (role, region, departments) ->
                role + "@" + region + (departments.isEmpty() ? "" : "/" + String.join(",", departments)));
    }

    URI base() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
