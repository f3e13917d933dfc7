package io.yusuan.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Requests per second of one GET, over several kept-alive connections at once, each sending its next request as
 * soon as it has the whole answer to the last — as many browsers reading one published table would. A rate is of
 * answers counted, each checked to be 200: a failed call never counts as a fast one.
 */
final class RequestRate {

    /** A GET to rate, by a name the report shows. */
    record Target(String name, String pathAndQuery, String accept) {
    }

    /** What one stretch of requests counted. */
    record Measured(long requests, long nanos) {
        double perSecond() {
            return requests / (nanos / 1e9);
        }
    }

    private final URI baseUrl;
    private final int connections;

    RequestRate(URI baseUrl, int connections) {
        this.baseUrl = baseUrl;
        this.connections = connections;
    }

    /** Sends the GET for the given time on every connection, counting answers. */
    Measured during(Target target, long millis) throws IOException, InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        try {
            long start = System.nanoTime();
            long deadline = start + millis * 1_000_000;
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                counts.add(clients.submit(() -> {
                    long answered = 0;
                    try (KeepAliveConnection connection = new KeepAliveConnection(baseUrl)) {
                        while (System.nanoTime() < deadline) {
                            int status = connection.get(target.pathAndQuery(), target.accept());
                            if (status != 200) {
                                throw new IllegalStateException("GET " + target.pathAndQuery() + " answered " + status);
                            }
                            answered++;
                        }
                    }
                    return answered;
                }));
            }
            long requests = 0;
            for (Future<Long> count : counts) {
                requests += count.get();
            }
            return new Measured(requests, System.nanoTime() - start);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            clients.shutdownNow();
        }
    }
}
