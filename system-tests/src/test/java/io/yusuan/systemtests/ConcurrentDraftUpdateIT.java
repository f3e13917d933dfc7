package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Optimistic locking holds under a race: fifty editors who all read the same draft send fifty different packages at
 * once, each with the ETag they read in If-Match. Exactly one wins (200); the forty-nine others answer 412 as
 * problem+json, and the draft is the winner's package, one revision later — no lost update, no mix of two packages.
 */
@ExtendWith(LocalStackExtension.class)
class ConcurrentDraftUpdateIT {

    private static final String DEPARTMENT = "9401";
    private static final int EDITORS = 50;

    @Test
    void fiftyConcurrentUpdatesWithTheSameIfMatchLeaveExactlyOneWinnerAndFortyNine412s(LocalStack stack) throws Exception {
        Editors editors = new Editors(stack::baseUrl, new Tokens(stack.jwt()));
        String etag = editors.loadDraft(DEPARTMENT, Editors.demoPackage(DEPARTMENT)).header("ETag");
        assertThat(etag).as("the draft's ETag").isNotBlank();
        BigDecimal baseTotal = totals(editors).getObject("totals.expenditure", BigDecimal.class);
        int revision = totals(editors).getInt("versions[-1].revision");

        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        String token = editors.editor(DEPARTMENT);
        try {
            for (int i = 1; i <= EDITORS; i++) {
                String body = variant(i).toString();
                answers.add(pool.submit(() -> {
                    start.await();
                    return editors.on(Service.BUDGET, token).contentType("application/json").header("If-Match", etag)
                            .body(body).put(Editors.budget(DEPARTMENT) + "/draft");
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> not412Problems = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 412 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    not412Problems.add(response.contentType());
                }
            }
            assertThat(statuses).as("statuses of the fifty updates").isEqualTo(Map.of(200, 1, 412, EDITORS - 1));
            assertThat(not412Problems).as("412s that are not problem+json").isEmpty();
        } finally {
            pool.shutdownNow();
        }

        JsonPath after = totals(editors);
        assertThat(after.getInt("versions[-1].revision")).as("one revision more").isEqualTo(revision + 1);
        BigDecimal winner = after.getObject("totals.expenditure", BigDecimal.class).subtract(baseTotal);
        assertThat(winner.stripTrailingZeros().scale()).as("the total is the base plus one variant's number").isLessThanOrEqualTo(0);
        assertThat(winner.intValueExact()).as("the draft is one of the fifty packages, whole").isBetween(1, EDITORS);
        assertThat(after.getInt("totals.lines")).isEqualTo(Editors.demoPackage(DEPARTMENT).path("expenditures").size());
    }

    /** The demo's package with {@code i} yuan more on its first line and its first revenue: a package of its own. */
    private static ObjectNode variant(int i) {
        ObjectNode budget = Editors.demoPackage(DEPARTMENT);
        ObjectNode line = (ObjectNode) budget.path("expenditures").path(0);
        line.put("amount", line.path("amount").decimalValue().add(BigDecimal.valueOf(i)));
        ObjectNode revenue = (ObjectNode) budget.path("revenues").path(0);
        revenue.put("amount", revenue.path("amount").decimalValue().add(BigDecimal.valueOf(i)));
        return budget;
    }

    private static JsonPath totals(Editors editors) {
        return Editors.expect(editors.on(Service.BUDGET, editors.editor(DEPARTMENT)).get(Editors.budget(DEPARTMENT)), 200,
                "read the draft").jsonPath(io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
                .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
