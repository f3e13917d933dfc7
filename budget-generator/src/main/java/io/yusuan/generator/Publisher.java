package io.yusuan.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Publishes packages through budget-service's API as a budget office does — the draft, submit, approve (批复),
 * publish — and adjusts published ones (预算调整) the same way after opening an adjustment. Each act is done with the
 * token budget-service accepts for it: the department's editor writes and submits, the region's finance bureau
 * approves and publishes. Thread-safe: the system test and the benchmark load from several threads at once.
 */
public final class Publisher {

    /** The department's role: drafts, submission, adjustments. */
    public static final String EDITOR = "budget-editor";
    /** The finance bureau's role: approval and publication, for every department of its region. */
    public static final String APPROVER = "budget-approver";

    /** Mints the bearer token of a role acting for a region and, when departments are named, for those only. */
    @FunctionalInterface
    public interface Tokens {

        String token(String role, String region, List<String> departments);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tries of a request budget-service answers 503 (a dependency did not answer; nothing written). */
    private static final int ATTEMPTS = 5;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI budgetService;
    private final Tokens tokens;

    /**
     * @param budgetService where budget-service answers
     * @param tokens        tokens signed by the key budget-service trusts
     */
    public Publisher(URI budgetService, Tokens tokens) {
        this.budgetService = budgetService;
        this.tokens = tokens;
    }

    /**
     * Publishes the package as a new budget's first version, or, with {@code adjustment}, as the next version of a
     * published one.
     *
     * @throws IllegalStateException naming the step that did not answer 200, or the package's ERROR findings
     */
    public void publish(BudgetPackage budget, boolean adjustment) {
        String path = "/api/v1/" + budget.path();
        String editor = tokens.token(EDITOR, budget.region().code(), List.of(budget.department().code()));
        String bureau = tokens.token(APPROVER, budget.region().code(), List.of());
        if (adjustment) {
            send(editor, "POST", path + "/adjustments", null);
        }
        JsonNode draft = read(send(editor, "PUT", path + "/draft", PackageJson.of(budget)));
        List<String> errors = new ArrayList<>();
        draft.path("findings").forEach(finding -> {
            if (finding.path("severity").asText().equals("ERROR")) {
                errors.add(finding.toString());
            }
        });
        if (!errors.isEmpty()) {
            throw new IllegalStateException(path + " was loaded with ERROR findings: " + errors);
        }
        send(editor, "POST", path + "/draft/submit", null);
        send(bureau, "POST", path + "/draft/approve",
                "{\"approvalDate\": \"" + budget.fiscalYear() + "-01-20\", \"approvedBy\": \"财政局\"}");
        send(bureau, "POST", path + "/draft/publish", null);
    }

    /**
     * Publishes every package, each as a new budget, from several threads at once as several budget offices would:
     * the service and its database overlap the requests.
     *
     * @throws IllegalStateException with the first failure, once every load has ended
     */
    public void publishAll(List<BudgetPackage> budgets, int threads) throws InterruptedException {
        ExecutorService loaders = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> loads = new ArrayList<>();
            for (BudgetPackage budget : budgets) {
                loads.add(loaders.submit(() -> publish(budget, false)));
            }
            for (Future<?> load : loads) {
                load.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            loaders.shutdownNow();
        }
    }

    private String send(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(budgetService.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // 503 is budget-service saying catalog-service did not answer in time and nothing was written: "try again
            // later", as a budget office would, which a busy machine needs now and then
            for (int attempt = 1; response.statusCode() == 503 && attempt < ATTEMPTS; attempt++) {
                Thread.sleep(attempt * 1000L);
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + method + " " + path, e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
