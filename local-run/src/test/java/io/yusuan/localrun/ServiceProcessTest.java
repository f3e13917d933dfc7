package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiting for a child process to be ready, with stand-ins for a service: any command will do. */
class ServiceProcessTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final ReadinessProbe probe = new ReadinessProbe();

    @Test
    void readyWhenTheReadinessUrlAnswers200() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try (ServiceProcess process = start(List.of("sleep", "60"))) {
            process.awaitReady(URI.create("http://localhost:" + server.getAddress().getPort() + "/q/health/ready"),
                    probe, TIMEOUT);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aProcessThatExitsFailsTheStartWithItsLog() throws Exception {
        try (ServiceProcess process = start(List.of(java(), "-cp", dir.toString(), "NoSuchMain"))) {
            assertThatThrownBy(() -> process.awaitReady(closedPortUrl(), probe, TIMEOUT))
                    .isInstanceOf(StartupException.class)
                    .hasMessageStartingWith("catalog-service exited with code 1 before it was ready")
                    .hasMessageContaining("Its log " + dir.resolve("catalog-service.log") + " ends with:")
                    .hasMessageContaining("NoSuchMain");
        }
    }

    @Test
    void aProcessThatNeverAnswersFailsAfterTheTimeoutAndIsStopped() throws Exception {
        URI url = closedPortUrl();
        ServiceProcess process = start(List.of("sleep", "60"));

        assertThatThrownBy(() -> process.awaitReady(url, probe, Duration.ofSeconds(1)))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("catalog-service was not ready at " + url + " within 1 s")
                .hasMessageContaining("(the log is empty)");
        long before = System.nanoTime();
        process.close();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("sleep ends on SIGTERM").isLessThan(TIMEOUT);
    }

    @Test
    void theEnvironmentIsPassedAndOutputLogged() throws Exception {
        try (ServiceProcess process = start(List.of("sh", "-c", "echo port=$QUARKUS_HTTP_PORT; echo oops >&2"))) {
            assertThatThrownBy(() -> process.awaitReady(closedPortUrl(), probe, TIMEOUT))
                    .isInstanceOf(StartupException.class);
        }
        assertThat(Files.readAllLines(dir.resolve("catalog-service.log"))).containsExactly("port=9999", "oops");
    }

    private ServiceProcess start(List<String> command) throws Exception {
        return ServiceProcess.start("catalog-service", command, dir, Map.of("QUARKUS_HTTP_PORT", "9999"),
                dir.resolve("catalog-service.log"));
    }

    private static URI closedPortUrl() throws Exception {
        return URI.create("http://localhost:" + FreePorts.choose(1).get(0) + "/q/health/ready");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
