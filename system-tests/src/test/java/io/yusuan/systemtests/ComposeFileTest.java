package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks docker-compose.yml against the services it runs, without Docker: ports, databases, build files,
 * health checks, REST client addresses and start order must agree with each service's application.properties
 * and with the PostgreSQL init script. A service renamed, moved to another port or database, or given a new
 * dependency fails here rather than on the first {@code docker compose up}.
 */
class ComposeFileTest {

    private static final String POSTGRES = "postgres";
    private static final String INIT_DIR = "/docker-entrypoint-initdb.d";

    /**
     * The three services, each with the REST client env var it needs to find its one dependency, and the one it may
     * have for a service it calls optionally, against the dependency order (budget-service reads the disclosure
     * document's tables 12 and 13 from performance-service): named, but neither depended on nor awaited.
     */
    enum Service {
        CATALOG("catalog-service", null, null, null, null),
        BUDGET("budget-service", "QUARKUS_REST_CLIENT_CATALOG_URL", "catalog-service",
                "QUARKUS_REST_CLIENT_PERFORMANCE_URL", "performance-service"),
        PERFORMANCE("performance-service", "QUARKUS_REST_CLIENT_BUDGET_URL", "budget-service", null, null);

        final String name;
        final String restClientUrlEnv;
        final String dependency;
        final String optionalUrlEnv;
        final String optionallyCalled;

        Service(String name, String restClientUrlEnv, String dependency, String optionalUrlEnv,
                String optionallyCalled) {
            this.name = name;
            this.restClientUrlEnv = restClientUrlEnv;
            this.dependency = dependency;
            this.optionalUrlEnv = optionalUrlEnv;
            this.optionallyCalled = optionallyCalled;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Keys Quarkus reads from the environment whatever application.properties holds. */
    private static final Set<String> BUILT_IN_ENV = Set.of(
            "QUARKUS_HTTP_PORT",
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD");

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?;]+).*");
    private static final Pattern CREATE_DATABASE =
            Pattern.compile("(?i)\\bCREATE\\s+DATABASE\\s+\"?([A-Za-z0-9_]+)\"?");
    private static final Pattern HEALTH_URL =
            Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1):(\\d+)/q/health/ready\\b");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^\\s*EXPOSE\\s+(.+)$");
    private static final Pattern VARIABLE_WITH_DEFAULT = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):?-([^}]*)}");

    private static final Path ROOT = Path.of(System.getProperty("yusuan.root", "..")).toAbsolutePath().normalize();
    private static final Map<String, Object> COMPOSE = loadCompose();

    // ---- per service ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is a compose service built from its own Dockerfile.jvm, which exposes its port")
    @EnumSource(Service.class)
    void serviceIsBuiltFromTheDockerfileInItsModule(Service service) throws IOException {
        Map<String, Object> build = map(composeService(service), "build", service + ".build");
        Path context = ROOT.resolve(string(build.get("context"), service + ".build.context")).normalize();
        assertThat(context).as("build context of %s", service).isEqualTo(ROOT.resolve(service.name));
        Object dockerfileName = build.getOrDefault("dockerfile", "Dockerfile");
        Path dockerfile = context.resolve(string(dockerfileName, service + ".build.dockerfile"));
        assertThat(dockerfile).as("Dockerfile of %s", service).isRegularFile();

        String content = Files.readString(dockerfile, StandardCharsets.UTF_8);
        assertThat(content).as("%s copies the fast-jar it runs", dockerfile).contains("target/quarkus-app/");
        Matcher expose = EXPOSE.matcher(content);
        assertThat(expose.find()).as("%s has an EXPOSE line", dockerfile).isTrue();
        assertThat(expose.group(1).trim().split("\\s+")).as("ports exposed by %s", dockerfile)
                .contains(String.valueOf(httpPort(service)));
    }

    @ParameterizedTest(name = "{0} publishes and listens on the port its application.properties declares")
    @EnumSource(Service.class)
    void publishedPortAndHttpPortAreTheApplicationPort(Service service) {
        int port = httpPort(service);
        Map<String, String> env = environment(service);
        assertThat(env).as("environment of %s", service).containsKey("QUARKUS_HTTP_PORT");
        assertThat(Integer.parseInt(env.get("QUARKUS_HTTP_PORT"))).as("QUARKUS_HTTP_PORT of %s", service)
                .isEqualTo(port);

        List<int[]> ports = publishedPorts(service);
        assertThat(ports).as("published ports of %s", service).hasSize(1);
        assertThat(ports.get(0)).as("published:container port of %s", service).containsExactly(port, port);
    }

    @ParameterizedTest(name = "{0} uses its own database, on the postgres service, created by the init script")
    @EnumSource(Service.class)
    void databaseIsTheApplicationDatabaseAndIsCreatedAtFirstStart(Service service) throws IOException {
        Matcher compose = jdbcUrl(environment(service).get("QUARKUS_DATASOURCE_JDBC_URL"),
                service + " QUARKUS_DATASOURCE_JDBC_URL in docker-compose.yml");
        Matcher app = jdbcUrl(applicationProperties(service).getProperty("quarkus.datasource.jdbc.url"),
                service + " quarkus.datasource.jdbc.url in application.properties");

        assertThat(compose.group(3)).as("database of %s in docker-compose.yml", service).isEqualTo(app.group(3));
        assertThat(compose.group(1)).as("database host of %s", service).isEqualTo(POSTGRES);
        assertThat(compose.group(2)).as("database port of %s", service).isIn(null, "5432");
        assertThat(databasesCreatedByInitScript()).as("databases created by the postgres init script")
                .contains(compose.group(3));
    }

    @ParameterizedTest(name = "{0} connects as the user and password the postgres service is given")
    @EnumSource(Service.class)
    void datasourceCredentialsAreThoseOfThePostgresService(Service service) {
        Map<String, String> env = environment(service);
        Map<String, String> postgres = environment(POSTGRES);
        assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).as("QUARKUS_DATASOURCE_USERNAME of %s", service)
                .isNotBlank().isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD")).as("QUARKUS_DATASOURCE_PASSWORD of %s", service)
                .isNotBlank().isEqualTo(postgres.get("POSTGRES_PASSWORD"));
    }

    @ParameterizedTest(name = "{0} health check asks its own port for readiness")
    @EnumSource(Service.class)
    void healthCheckHitsTheServicesOwnReadinessEndpoint(Service service) {
        String test = healthCheckCommand(service.name);
        Matcher url = HEALTH_URL.matcher(test);
        assertThat(url.find()).as("health check of %s calls /q/health/ready on localhost: %s", service, test)
                .isTrue();
        assertThat(Integer.parseInt(url.group(1))).as("port in the health check of %s", service)
                .isEqualTo(httpPort(service));
    }

    @ParameterizedTest(name = "{0} reaches its dependency by compose service name and the port of that service")
    @EnumSource(value = Service.class, names = {"BUDGET", "PERFORMANCE"})
    void restClientUrlPointsAtTheDependencyService(Service service) {
        assertUrlPointsAt(service, service.restClientUrlEnv, service.dependency);
    }

    @ParameterizedTest(name = "{0} reaches the service it calls optionally by compose service name and port")
    @EnumSource(value = Service.class, names = "BUDGET")
    void optionalRestClientUrlPointsAtTheCalledServiceWhichItDoesNotAwait(Service service) {
        Service called = assertUrlPointsAt(service, service.optionalUrlEnv, service.optionallyCalled);
        String client = service.optionalUrlEnv.substring(0, service.optionalUrlEnv.length() - "URL".length());
        assertThat(applicationProperties(service).stringPropertyNames()).as("%s configures that REST client", service)
                .anyMatch(key -> envName(key).startsWith(client));
        // the called service depends on this one: awaiting it would be a cycle compose cannot start
        assertThat(called.dependency).as("the dependency of %s", called).isEqualTo(service.name);
    }

    /** The service's {@code variable} is http://{the called service's compose name}:{its port}; the called service. */
    private static Service assertUrlPointsAt(Service service, String variable, String calledName) {
        Service called = Service.valueOf(calledName.replace("-service", "").toUpperCase(Locale.ROOT));
        String value = environment(service).get(variable);
        assertThat(value).as("%s of %s", variable, service).isNotBlank();

        URI url = URI.create(value);
        assertThat(url.getScheme()).as("scheme of %s", value).isEqualTo("http");
        assertThat(url.getHost()).as("host of %s", value).isEqualTo(called.name);
        assertThat(services()).as("compose services").containsKey(url.getHost());
        assertThat(url.getPort()).as("port of %s", value).isEqualTo(httpPort(called));
        return called;
    }

    @ParameterizedTest(name = "{0} starts only once postgres and its dependency are healthy")
    @EnumSource(Service.class)
    void dependsOnWaitsForHealthyServices(Service service) {
        Object dependsOn = composeService(service).get("depends_on");
        assertThat(dependsOn).as("depends_on of %s (the long form, with conditions)", service).isInstanceOf(Map.class);
        Map<?, ?> dependencies = (Map<?, ?>) dependsOn;

        Set<String> expected = new LinkedHashSet<>();
        expected.add(POSTGRES);
        if (service.dependency != null) {
            expected.add(service.dependency);
        }
        assertThat(dependencies.keySet().stream().map(String::valueOf).toList()).as("depends_on of %s", service)
                .containsExactlyInAnyOrderElementsOf(expected);
        for (Map.Entry<?, ?> entry : dependencies.entrySet()) {
            Map<String, Object> condition = map(entry.getValue(), service + ".depends_on." + entry.getKey());
            assertThat(condition.get("condition")).as("condition on %s in %s", entry.getKey(), service)
                    .isEqualTo("service_healthy");
            assertThat(map(services().get(entry.getKey()), String.valueOf(entry.getKey())))
                    .as("%s, awaited as healthy by %s, has a health check", entry.getKey(), service)
                    .containsKey("healthcheck");
        }
    }

    @ParameterizedTest(name = "{0} is given only environment variables it reads")
    @EnumSource(Service.class)
    void everyEnvironmentVariableIsOneTheServiceReads(Service service) {
        Set<String> read = new LinkedHashSet<>(BUILT_IN_ENV);
        for (String key : applicationProperties(service).stringPropertyNames()) {
            read.add(envName(key.replaceFirst("^%[^.]+\\.", "")));
        }
        if (service.restClientUrlEnv != null) {
            read.add(service.restClientUrlEnv);
        }
        if (service.optionalUrlEnv != null) {
            read.add(service.optionalUrlEnv);
        }
        assertThat(environment(service).keySet()).as("environment of %s in docker-compose.yml", service)
                .allSatisfy(name -> assertThat(name).as("%s is set for %s", name, service)
                        .startsWith("QUARKUS_")
                        .isIn(read));
    }

    // ---- compose as a whole -----------------------------------------------------------------------------------

    @Test
    void composeRunsPostgresAndTheThreeServicesFromTheirImages() {
        assertThat(services()).containsKeys(POSTGRES, "catalog-service", "budget-service", "performance-service");
        for (Service service : Service.values()) {
            assertThat(composeService(service).get("image")).as("image of %s", service)
                    .isEqualTo("yusuan/" + service.name + ":latest");
        }
        assertThat(string(composeService(POSTGRES).get("image"), "postgres.image")).startsWith("postgres:17");
    }

    @Test
    void eachServiceHasADatabaseOfItsOwn() {
        List<String> databases = new ArrayList<>();
        for (Service service : Service.values()) {
            databases.add(jdbcUrl(environment(service).get("QUARKUS_DATASOURCE_JDBC_URL"), service.name).group(3));
        }
        assertThat(databases).doesNotHaveDuplicates();
    }

    @Test
    void postgresKeepsItsDataInANamedVolumeAndIsCheckedWithPgIsready() {
        String dataMount = volumes(POSTGRES).stream()
                .filter(v -> v.contains(":/var/lib/postgresql/data"))
                .findFirst()
                .orElseGet(() -> fail("postgres mounts nothing on /var/lib/postgresql/data"));
        String volume = dataMount.substring(0, dataMount.indexOf(':'));
        assertThat(volume).as("postgres data volume").doesNotStartWith(".").doesNotStartWith("/");
        assertThat(map(COMPOSE, "volumes", "top-level volumes")).as("named volumes").containsKey(volume);
        assertThat(healthCheckCommand(POSTGRES)).contains("pg_isready");
    }

    @Test
    void credentialsHaveDefaultsSoComposeUpNeedsNoEnvFile() {
        Map<String, String> postgres = environment(POSTGRES);
        assertThat(postgres.get("POSTGRES_USER")).matches("\\$\\{POSTGRES_USER:?-[^}]+}");
        assertThat(postgres.get("POSTGRES_PASSWORD")).matches("\\$\\{POSTGRES_PASSWORD:?-[^}]+}");
    }

    // ---- reading the files ------------------------------------------------------------------------------------

    private static Map<String, Object> loadCompose() {
        Path file = ROOT.resolve("docker-compose.yml");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object yaml = new Yaml().load(reader);
            return map(yaml, file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + " (system property yusuan.root = "
                    + System.getProperty("yusuan.root") + ")", e);
        }
    }

    private static Map<String, Object> services() {
        return map(COMPOSE, "services", "services");
    }

    private static Map<String, Object> composeService(String serviceName) {
        Object service = services().get(serviceName);
        assertThat(service).as("compose service %s", serviceName).isNotNull();
        return map(service, serviceName);
    }

    private static Map<String, Object> composeService(Service service) {
        return composeService(service.name);
    }

    private static Map<String, String> environment(Service service) {
        return environment(service.name);
    }

    /** The service's environment with ${VAR:-default} left as written: map or list ("K=V") syntax. */
    private static Map<String, String> environment(String serviceName) {
        Object env = composeService(serviceName).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object item : list) {
                String entry = String.valueOf(item);
                int eq = entry.indexOf('=');
                result.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
            }
        } else if (env != null) {
            fail("environment of %s is neither a map nor a list: %s", serviceName, env);
        }
        return result;
    }

    /** Each published port as {published, container}, in short ("8081:8081") or long syntax. */
    private static List<int[]> publishedPorts(Service service) {
        Object ports = composeService(service).get("ports");
        assertThat(ports).as("ports of %s", service).isInstanceOf(List.class);
        List<int[]> result = new ArrayList<>();
        for (Object port : (List<?>) ports) {
            if (port instanceof Map<?, ?> m) {
                result.add(new int[] {
                        Integer.parseInt(interpolate(String.valueOf(m.get("published")))),
                        Integer.parseInt(interpolate(String.valueOf(m.get("target"))))});
            } else {
                String[] parts = interpolate(String.valueOf(port)).replaceFirst("/\\w+$", "").split(":");
                assertThat(parts.length).as("%s publishes %s on a host port", service, port).isGreaterThan(1);
                result.add(new int[] {
                        Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1])});
            }
        }
        return result;
    }

    private static List<String> volumes(String serviceName) {
        Object volumes = composeService(serviceName).get("volumes");
        assertThat(volumes).as("volumes of %s", serviceName).isInstanceOf(List.class);
        List<String> result = new ArrayList<>();
        for (Object volume : (List<?>) volumes) {
            if (volume instanceof Map<?, ?> m) {
                result.add(m.get("source") + ":" + m.get("target"));
            } else {
                result.add(String.valueOf(volume));
            }
        }
        return result;
    }

    private static String healthCheckCommand(String serviceName) {
        Map<String, Object> healthcheck = map(composeService(serviceName), "healthcheck", serviceName + ".healthcheck");
        Object test = healthcheck.get("test");
        if (test instanceof List<?> list) {
            return String.join(" ", list.stream().map(String::valueOf).toList());
        }
        return string(test, serviceName + ".healthcheck.test");
    }

    /** Databases named in CREATE DATABASE statements of the script(s) mounted into postgres' init directory. */
    private static Set<String> databasesCreatedByInitScript() throws IOException {
        Set<String> databases = new LinkedHashSet<>();
        boolean mounted = false;
        for (String volume : volumes(POSTGRES)) {
            String[] parts = volume.split(":");
            if (parts.length < 2 || !parts[1].startsWith(INIT_DIR)) {
                continue;
            }
            mounted = true;
            Path source = ROOT.resolve(parts[0]).normalize();
            List<Path> scripts;
            if (Files.isDirectory(source)) {
                try (var files = Files.list(source)) {
                    scripts = files.filter(Files::isRegularFile).toList();
                }
            } else {
                assertThat(source).as("init script mounted into postgres").isRegularFile();
                scripts = List.of(source);
            }
            for (Path script : scripts) {
                Matcher m = CREATE_DATABASE.matcher(Files.readString(script, StandardCharsets.UTF_8));
                while (m.find()) {
                    databases.add(m.group(1));
                }
            }
        }
        assertThat(mounted).as("postgres mounts an init script into " + INIT_DIR).isTrue();
        return databases;
    }

    private static Properties applicationProperties(Service service) {
        Path file = ROOT.resolve(service.name).resolve("src/main/resources/application.properties");
        assertThat(file).as("application.properties of %s", service).isRegularFile();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return properties;
    }

    private static int httpPort(Service service) {
        String port = applicationProperties(service).getProperty("quarkus.http.port");
        assertThat(port).as("quarkus.http.port in application.properties of %s", service).isNotBlank();
        return Integer.parseInt(port.trim());
    }

    private static Matcher jdbcUrl(String url, String what) {
        assertThat(url).as(what).isNotBlank();
        Matcher m = JDBC_URL.matcher(url.trim());
        assertThat(m.matches()).as("%s is a PostgreSQL JDBC URL with a database: %s", what, url).isTrue();
        return m;
    }

    /** The environment variable name Quarkus maps to a property key: non-alphanumerics to '_', upper case. */
    private static String envName(String propertyKey) {
        return propertyKey.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Replaces ${VAR:-default} and ${VAR-default} by their defaults, as compose does with no such variable set. */
    private static String interpolate(String value) {
        return VARIABLE_WITH_DEFAULT.matcher(value).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key, String what) {
        return map(parent.get(key), what);
    }

    private static String string(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(String.class);
        return (String) value;
    }
}
