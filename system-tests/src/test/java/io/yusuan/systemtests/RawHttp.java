package io.yusuan.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: what an attacker's client sends, byte for byte — a
 * request target with raw or badly percent-encoded bytes, a body that is not UTF-8, a body larger than the server
 * reads — which the JDK's and REST Assured's clients refuse to send or quietly repair.
 */
final class RawHttp {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private RawHttp() {
    }

    /** One request as sent: the target is written as ISO-8859-1, so each of its chars is one byte on the wire. */
    record Request(String method, String target, Map<String, String> headers, byte[] body) {

        Request {
            headers = new LinkedHashMap<>(headers);
        }

        static Request of(String method, String target) {
            return new Request(method, target, Map.of(), null);
        }

        Request header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            if (value == null) {
                more.remove(name);
            } else {
                more.put(name, value);
            }
            return new Request(method, target, more, body);
        }

        Request target(String newTarget) {
            return new Request(method, newTarget, headers, body);
        }

        Request body(String contentType, byte[] newBody) {
            return new Request(method, target, headers, newBody).header("Content-Type", contentType);
        }

        Request body(byte[] newBody) {
            return new Request(method, target, headers, newBody);
        }

        @Override
        public String toString() {
            String shown = target.length() > 160 ? target.substring(0, 160) + "…(" + target.length() + " chars)" : target;
            return method + " " + shown.replace("\0", "\\0");
        }
    }

    /** An answer, its header names in lower case, and how long it took from the first byte sent to the last read. */
    record Answer(int status, Map<String, String> headers, byte[] body, Duration took) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + headers.getOrDefault("content-type", "(no content type)") + " in " + took.toMillis() + " ms: "
                    + (text.length() > 600 ? text.substring(0, 600) + "…(" + text.length() + " chars)" : text);
        }
    }

    static Answer send(URI base, Request request) {
        long start = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder();
            head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
            head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (request.body() != null) {
                head.append("Content-Length: ").append(request.body().length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (request.body() != null) {
                    // in pieces: a server may answer (413) and close before reading it all
                    for (int offset = 0; offset < request.body().length; offset += 65_536) {
                        out.write(request.body(), offset, Math.min(65_536, request.body().length - offset));
                    }
                }
                out.flush();
            } catch (IOException refusedWhileSending) {
                // read what the server answered before it stopped reading
            }
            return read(socket.getInputStream(), start);
        } catch (IOException e) {
            throw new UncheckedIOException(request + " to " + base + " failed: " + e, e);
        }
    }

    private static Answer read(InputStream in, long start) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("No HTTP answer, the connection gave: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                chunks.write(in.readNBytes(size));
                line(in);
            }
            body = chunks.toByteArray();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = readQuietly(in);
        }
        return new Answer(status, headers, body, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The rest until the server closes; a reset after the answer (the server did not read our body) ends it too. */
    private static byte[] readQuietly(InputStream in) {
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                rest.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // what came is what there is
        }
        return rest.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
            b = in.read();
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
