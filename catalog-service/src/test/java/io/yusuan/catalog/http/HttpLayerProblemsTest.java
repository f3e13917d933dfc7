package io.yusuan.catalog.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP layer refuses before any resource runs answers problem+json too (problem-details' RouterFailures,
 * RequestLimits and UriSyntax). Sent over a raw socket: these are requests no well-behaved client library sends.
 */
@QuarkusTest
class HttpLayerProblemsTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void aMalformedPercentEncodingInThePathIsA400Problem() throws IOException {
        String answer = exchange("GET /api/v1/schemes/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
    }

    @Test
    void aMalformedPercentEncodingInTheQueryIsA400Problem() throws IOException {
        String answer = exchange("GET /api/v1/schemes?q=%E4%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
    }

    @Test
    void aBodyThatIsNotWellFormedUtf8IsA400Problem() throws IOException {
        byte[] head = ("POST /test/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + 43 + "\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = "{\"fiscalYear\":2022,\"lines\":[{\"unit\":\"\u00c0\u00af\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream().write(head);
            socket.getOutputStream().write(body);
            String answer = read(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("UTF-8");
        }
    }

    @Test
    void aUriOverSixteenKibibytesIsA414Problem() throws IOException {
        String answer = exchange("GET /api/v1/schemes?q=" + "x".repeat(20_000)
                + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 414").contains("application/problem+json").doesNotContain("xxxxxxxxxx");
    }

    @Test
    void aTenKilobytePathSegmentReachesValidationAndIsA400NamingIt() throws IOException {
        String answer = exchange("GET /api/v1/schemes/" + "x".repeat(10_000) + "/years/2022/codes"
                + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        // the instance is the path as sent (at most the URI limit); the detail and errors quote no more than an excerpt
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"pointer\":\"scheme\"")
                .doesNotContainPattern("\"(detail|message)\":\"[^\"]*x{50}");
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413Problem() throws IOException {
        StringBuilder request = new StringBuilder("PUT /api/v1/schemes/functional/years/2041 HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        String chunk = "a".repeat(64 * 1024);
        String head = Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n";
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            try {
                for (int i = 0; i < 9 * 16 + 1; i++) {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closedEarly) {
                // the server may answer and close before the whole body is sent
            }
            String answer = read(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
        }
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return read(socket.getInputStream());
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0;) {
                answer.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // a refused upload may reset the connection after the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
