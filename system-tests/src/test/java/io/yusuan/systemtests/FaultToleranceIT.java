package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.localrun.Service;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Yusuan whole through the faults of production, on a {@link RestartableStack} of its own: a dependency stopped and
 * started again, and the database ending every connection. A dependency down is an answer (503, nothing stored), not a
 * hang or a 500; and once it is back, the services recover by themselves — none is restarted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    /** How long a service may take to notice a dependency is back (a circuit breaker's delay, a retry). */
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    private static RestartableStack stack;
    private static Editors editors;
    private static final Http HTTP = new Http();

    @BeforeAll
    static void start() throws Exception {
        stack = new RestartableStack();
        try {
            stack.start();
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
        editors = new Editors(stack::baseUrl, new Tokens(stack.jwt()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void uploadsWhileCatalogServiceIsDownAnswer503AndStoreNothingThenSucceedOnceItIsBack() throws Exception {
        URI budget = stack.baseUrl(Service.BUDGET);
        editors.loadDraft("9101", Editors.demoPackage("9101"));
        stack.stop(Service.CATALOG);
        try {
            Map<String, String> before = stack.databases().state(Service.BUDGET);
            List<String> wrong = new ArrayList<>();
            for (String department : List.of("9101", "9102", "9103", "9104", "9105")) {
                Http.Answer answer = HTTP.put(budget, Editors.budget(department) + "/draft", editors.editor(department),
                        LoadIT.variant(department, 7).toString());
                if (answer.status() != 503 || !answer.json().path("status").asText().equals("503")) {
                    wrong.add(department + ": " + answer);
                }
            }
            assertThat(wrong).as("uploads while catalog-service is down: 503 problems").isEmpty();
            assertThat(Databases.differences(before, stack.databases().state(Service.BUDGET)))
                    .as("what the uploads stored while catalog-service was down").isEmpty();
        } finally {
            stack.start(Service.CATALOG);
        }
        for (String department : List.of("9101", "9102")) {
            Http.Answer answer = until(() -> HTTP.put(budget, Editors.budget(department) + "/draft", editors.editor(department),
                    LoadIT.variant(department, 7).toString()), 200);
            assertThat(answer.status()).as("an upload of " + department + " once catalog-service is back: " + answer)
                    .isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void performanceReadsStillAnswerWhileBudgetServiceIsDown() throws Exception {
        String department = "9111";
        editors.publishDemoBudget(department);
        editors.writeOverallTarget(department);
        editors.writeProjectTarget(department);
        URI performance = stack.baseUrl(Service.PERFORMANCE);
        String targets = Editors.performance(department);
        List<String> reads = List.of(targets, targets + "/overall", targets + "/projects",
                targets + "/projects/" + Editors.PROJECT, targets + "/tables/12", targets + "/tables/13",
                "/api/v1/indicator-framework", "/api/v1/changes", "/api/v1/export/2022/targets");
        Map<String, Integer> up = statuses(performance, reads);
        stack.stop(Service.BUDGET);
        try {
            Map<String, Integer> down = statuses(performance, reads);
            assertThat(down).as("performance-service's reads while budget-service is down, as they were while it was up")
                    .isEqualTo(up);
            assertThat(up.values()).as("the reads, budget-service up").allMatch(status -> status == 200);
        } finally {
            stack.start(Service.BUDGET);
        }
    }

    @Test
    @Order(3)
    void connectionsEndedByTheDatabaseUnderLoadCauseABoundedBurstOfErrorsThenRecovery() throws Exception {
        List<String> departments = List.of("9121", "9122", "9123");
        for (String department : departments) {
            editors.publishDemoBudget(department);
            editors.writeOverallTarget(department);
        }
        URI budget = stack.baseUrl(Service.BUDGET);
        URI performance = stack.baseUrl(Service.PERFORMANCE);
        URI catalog = stack.baseUrl(Service.CATALOG);
        List<long[]> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> examples = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(30).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(9);
        List<Future<?>> clients = new ArrayList<>();
        int[] ended = new int[1];
        try {
            for (int c = 0; c < 9; c++) {
                String department = departments.get(c % departments.size());
                int kind = c / departments.size();
                clients.add(pool.submit(() -> {
                    for (int k = 1; System.nanoTime() < deadline; k++) {
                        Http.Answer answer = switch (kind) {
                            case 0 -> HTTP.get(budget, Editors.budget(department) + "/tables/01", null);
                            case 1 -> HTTP.get(performance, Editors.performance(department) + "/overall", null);
                            default -> k % 2 == 0
                                    ? HTTP.get(catalog, "/api/v1/schemes/functional/years/2022/codes/2010301", null)
                                    : HTTP.get(budget, Editors.budget(department) + "/lines", null);
                        };
                        if (answer.status() != 200) {
                            failures.add(new long[] {System.nanoTime() - started, answer.status()});
                            if (examples.size() < 10) {
                                examples.add(answer.toString());
                            }
                        }
                    }
                }));
            }
            Thread.sleep(5_000);
            ended[0] += stack.databases().terminateConnections(Service.values()).values().stream().mapToInt(i -> i).sum();
            Thread.sleep(5_000);
            ended[0] += stack.databases().terminateConnections(Service.values()).values().stream().mapToInt(i -> i).sum();
            for (Future<?> client : clients) {
                client.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<Long, Long> perSecond = new TreeMap<>();
        failures.forEach(failure -> perSecond.merge(failure[0] / 1_000_000_000L, 1L, Long::sum));
        System.out.println("[faults] pg_terminate_backend ended " + ended[0] + " connections; failures per second: " + perSecond
                + "; e.g. " + examples);
        assertThat(ended[0]).as("connections the database ended").isPositive();
        // at most one failed request per connection ended (its next user's), and one per client in flight
        assertThat(failures.size()).as("failures after the database ended the services' connections twice, "
                + "per second " + perSecond + ", e.g. " + examples).isLessThanOrEqualTo(ended[0] + clients.size());
        assertThat(failures).as("failures after second 15: recovered").allMatch(failure -> failure[0] < 15_000_000_000L);
    }

    private static Map<String, Integer> statuses(URI base, List<String> reads) {
        Map<String, Integer> statuses = new TreeMap<>();
        for (String read : reads) {
            statuses.put(read, HTTP.get(base, read, null).status());
        }
        return statuses;
    }

    /** Calls until it answers {@code status}, for at most {@link #RECOVERY}; the last answer. */
    private static Http.Answer until(java.util.function.Supplier<Http.Answer> call, int status) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        Http.Answer answer = call.get();
        while (answer.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(500);
            answer = call.get();
        }
        return answer;
    }
}
