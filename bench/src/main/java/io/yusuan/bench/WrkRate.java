package io.yusuan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests per second and latency percentiles of one GET under a steady, moderate load, measured by wrk (a C load
 * generator, far cheaper per request than any JVM client): {@code wrk -t2 -c<connections> -d<seconds>s --latency}.
 * Without wrk on the machine, the rate is measured by {@link RequestRate}'s kept-alive sockets instead and the
 * percentiles are not known; the report says so.
 */
final class WrkRate {

    /** What one stretch counted; percentiles in milliseconds, NaN when measured without wrk. */
    record Measured(double perSecond, long requests, double p50Millis, double p99Millis) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: ([0-9]+)|Socket errors: (.*)");

    private final URI baseUrl;
    private final int connections;
    private final boolean wrk;

    WrkRate(URI baseUrl, int connections) {
        this.baseUrl = baseUrl;
        this.connections = connections;
        this.wrk = Files.isExecutable(Path.of("/usr/bin/wrk")) || Files.isExecutable(Path.of("/usr/local/bin/wrk"));
        if (!wrk) {
            System.out.println("wrk is not installed (apt-get install -y wrk, or brew install wrk): requests/s are "
                    + "measured with the benchmark's own kept-alive sockets, and no latency percentiles");
        }
    }

    boolean withWrk() {
        return wrk;
    }

    Measured during(String pathAndQuery, String accept, int seconds) throws IOException, InterruptedException {
        if (!wrk) {
            RequestRate.Measured measured = new RequestRate(baseUrl, connections)
                    .during(new RequestRate.Target(pathAndQuery, pathAndQuery, accept), seconds * 1000L);
            return new Measured(measured.perSecond(), measured.requests(), Double.NaN, Double.NaN);
        }
        Process process = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-H", "Accept: " + accept, baseUrl.resolve(pathAndQuery).toString())).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        Matcher errors = ERRORS.matcher(output);
        if (errors.find()) {
            throw new IllegalStateException("GET " + pathAndQuery + " did not always answer 200: " + output);
        }
        return new Measured(number(RATE, output), (long) number(REQUESTS, output), percentile(output, "50%"),
                percentile(output, "99%"));
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected wrk output: " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    /** A line of wrk's latency distribution, {@code 99%    1.23ms}, in milliseconds. */
    private static double percentile(String output, String which) {
        Matcher matcher = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s)\\b").matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + which + " latency in wrk's output: " + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
