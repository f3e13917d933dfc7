package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Path ROOT = Path.of("/work/yusuan");

    @Test
    void runKeepsItsStateUnderTheProjectAndUsesTheDefaultPorts() {
        StackSettings settings = StackSettings.forRun(ROOT, Map.of());

        assertThat(settings.projectRoot()).isEqualTo(ROOT);
        assertThat(settings.dataDirectory()).isEqualTo(ROOT.resolve(".yusuan/pgdata"));
        assertThat(settings.logDirectory()).isEqualTo(ROOT.resolve(".yusuan/logs"));
        assertThat(settings.keyDirectory()).isEqualTo(ROOT.resolve(".yusuan/jwt"));
        assertThat(settings.postgresPort()).isEqualTo(54329);
        assertThat(settings.servicePort(Service.CATALOG)).isEqualTo(8081);
        assertThat(settings.servicePort(Service.BUDGET)).isEqualTo(8082);
        assertThat(settings.servicePort(Service.PERFORMANCE)).isEqualTo(8083);
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void postgresPortComesFromTheEnvironmentWhenSet() {
        assertThat(StackSettings.forRun(ROOT, Map.of("YUSUAN_PG_PORT", "55432")).postgresPort()).isEqualTo(55432);
        assertThat(StackSettings.forRun(ROOT, Map.of("YUSUAN_PG_PORT", " 0 ")).postgresPort()).isZero();
        assertThat(StackSettings.forRun(ROOT, Map.of("YUSUAN_PG_PORT", "")).postgresPort()).isEqualTo(54329);
    }

    @Test
    void postgresPortThatIsNoPortIsRefusedByName() {
        assertThatThrownBy(() -> StackSettings.forRun(ROOT, Map.of("YUSUAN_PG_PORT", "fivefour")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("YUSUAN_PG_PORT must be a port number (0 for any free port), was 'fivefour'");
        assertThatThrownBy(() -> StackSettings.forRun(ROOT, Map.of("YUSUAN_PG_PORT", "65536")))
                .hasMessageContaining("YUSUAN_PG_PORT");
    }

    @Test
    void freePortsEverywhere() {
        StackSettings settings = StackSettings.onFreePorts(ROOT, Path.of("/tmp/data"), Path.of("/tmp/logs"),
                Path.of("/tmp/jwt"));

        assertThat(settings.postgresPort()).isZero();
        for (Service service : Service.values()) {
            assertThat(settings.servicePort(service)).isZero();
        }
    }

    @Test
    void everyServiceNeedsAPort() {
        assertThatThrownBy(() -> new StackSettings(ROOT, ROOT, 0, Map.of(Service.CATALOG, 1, Service.BUDGET, 2),
                ROOT, ROOT, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No port given for performance-service");
    }

    @Test
    void servicePortsCannotBeChangedAfterwards() {
        StackSettings settings = StackSettings.forRun(ROOT, Map.of());

        assertThatThrownBy(() -> settings.servicePorts().put(Service.CATALOG, 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
