package io.yusuan.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The baseline of a service's start: a JVM that does nothing but answer every request with 200 (the JDK's own HTTP
 * server), started by {@link ServiceStart} exactly as a service is, so that the start of a service is read as so many
 * starts of the JVM itself on this machine: {@code java -cp bench.jar io.yusuan.bench.TrivialServer <port>}.
 */
public final class TrivialServer {

    private TrivialServer() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", Integer.parseInt(args[0])), 0);
        byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}
