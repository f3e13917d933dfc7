package io.yusuan.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * What every answer to a bad request must be, whatever the request: a 4xx of the kind expected, as problem+json whose
 * {@code status} is the answer's, within a second, whose text names no Java class or parser and quotes at most a short
 * excerpt of the bad value (and never balloons: a bad value is not echoed whole).
 */
final class BadInput {

    /** The bound: a refusal is quick. */
    static final Duration WITHIN = Duration.ofMillis(Long.getLong("yusuan.it.bad-input.within-ms", 1000));
    /** "A short excerpt": this many characters of a bad value in a row are too many. */
    static final int LONGEST_ECHO = 100;
    /** Words of Java, its exceptions and parsers, that a problem never shows a client. */
    static final List<String> LEAKS = List.of("java.", "Exception", "For input string", "jakarta.", "com.fasterxml",
            "io.vertx", "org.hibernate", "Jackson", "\tat ");
    private static final ObjectMapper JSON = new ObjectMapper();

    private BadInput() {
    }

    /** One bad request: what kind of bad it is, the statuses that refuse it rightly, and the bad value it carries. */
    record Case(String kind, RawHttp.Request request, Set<Integer> statuses, String badValue) {

        @Override
        public String toString() {
            return kind + ": " + request;
        }
    }

    /** What is wrong with {@code answer} to {@code bad}; empty when it is a proper refusal. */
    static List<String> faults(Case bad, RawHttp.Answer answer) {
        List<String> faults = new ArrayList<>();
        if (!bad.statuses().contains(answer.status())) {
            faults.add("answered " + answer.status() + ", expected one of " + bad.statuses());
        }
        if (answer.status() < 400 || answer.status() > 499) {
            faults.add("not a 4xx");
        }
        if (answer.took().compareTo(WITHIN) > 0) {
            faults.add("took " + answer.took().toMillis() + " ms, more than " + WITHIN.toMillis() + " ms");
        }
        String contentType = answer.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            faults.add("content type " + contentType + ", not application/problem+json");
        } else {
            try {
                JsonNode problem = JSON.readTree(answer.body());
                if (problem.path("status").asInt() != answer.status()) {
                    faults.add("the problem's status " + problem.path("status") + " is not the answer's");
                }
                if (!problem.path("title").isTextual()) {
                    faults.add("the problem has no title");
                }
            } catch (IOException e) {
                faults.add("the problem is not JSON");
            }
        }
        String text = answer.text();
        for (String leak : LEAKS) {
            if (text.contains(leak)) {
                faults.add("names Java (\"" + leak + "\")");
            }
        }
        if (bad.badValue() != null && bad.badValue().length() > LONGEST_ECHO) {
            String echoed = bad.badValue().substring(0, LONGEST_ECHO + 1);
            if (text.contains(echoed)) {
                faults.add("echoes more than " + LONGEST_ECHO + " characters of the bad value");
            }
        }
        if (answer.body().length > 64 * 1024) {
            faults.add("a problem of " + answer.body().length + " bytes");
        }
        return faults;
    }

    /** Sends every case, once, and lists what each answer did wrong (with the answer). */
    static List<String> check(URI base, List<Case> cases) {
        List<String> wrong = new ArrayList<>();
        for (Case bad : cases) {
            RawHttp.Answer answer = RawHttp.send(base, bad.request());
            List<String> faults = faults(bad, answer);
            if (!faults.isEmpty()) {
                wrong.add(bad + " → " + String.join("; ", faults) + " — " + answer);
            }
        }
        return wrong;
    }

    /** {@code quarkus.http.limits.max-body-size} of a service's application.properties, or Quarkus' default 10240K. */
    static long maxBodySize(Service service) {
        Path file = LocalStackExtension.projectRoot().resolve(service.moduleName()).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
        String size = properties.getProperty("quarkus.http.limits.max-body-size", "10240K").strip().toUpperCase(Locale.ROOT);
        long unit = switch (size.charAt(size.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        String digits = Character.isDigit(size.charAt(size.length() - 1)) ? size : size.substring(0, size.length() - 1);
        return Long.parseLong(digits) * unit;
    }

    /** {@code n} times {@code s}. */
    static String times(String s, int n) {
        return s.repeat(n);
    }

    /** A string of {@code length} characters, all different at every offset, so an echo of any part is seen. */
    static String distinctive(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; text.length() < length; i++) {
            text.append("坏").append(Integer.toString(i, 36)).append('-');
        }
        return text.substring(0, length);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }
}
