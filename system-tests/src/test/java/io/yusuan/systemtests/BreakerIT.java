package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One client's bad requests do not take performance writes down for everyone: performance-service reads each target's
 * budget from budget-service behind a circuit breaker, and a request made bad by its own input must not count as
 * budget-service failing. A hundred malformed target writes (bad codes in the path, bad years, bad bodies, and
 * well-formed ones for budgets never published, which budget-service answers 404) from an editor of the whole region are
 * each refused 4xx; right after them, valid writes to two other departments succeed.
 */
@ExtendWith(LocalStackExtension.class)
class BreakerIT {

    private static final List<String> OTHERS = List.of("9301", "9302");

    @Test
    void aHundredMalformedWritesLeaveValidWritesToOtherDepartmentsWorking(LocalStack stack) {
        Editors editors = new Editors(stack::baseUrl, new Tokens(stack.jwt()));
        OTHERS.forEach(editors::publishDemoBudget);
        String regionEditor = editors.tokens().scoped(Tokens.PERFORMANCE_EDITOR, Editors.REGION);
        String target = Editors.demoTarget("overall").toString();
        String base = "/api/v1/regions/" + Editors.REGION + "/departments/";
        List<RawHttp.Request> malformed = List.of(
                RawHttp.Request.of("PUT", base + "93%00/performance/2022/overall"),
                RawHttp.Request.of("PUT", base + BadInput.times("9", 10_240) + "/performance/2022/overall"),
                RawHttp.Request.of("PUT", base + "93%E9%83%A8/performance/2022/overall"),
                RawHttp.Request.of("PUT", base + "9301/performance/1e400/overall"),
                RawHttp.Request.of("PUT", base + "9301/performance/99999999999/overall"),
                RawHttp.Request.of("PUT", "/api/v1/regions/41%00304/departments/9301/performance/2022/overall"),
                RawHttp.Request.of("PUT", base + "9301/performance/2022/projects/4103%0004220000000006846"),
                RawHttp.Request.of("PUT", base + "9301/performance/2022/projects/" + BadInput.times("4", 5_000)),
                RawHttp.Request.of("PUT", base + "93%zz/performance/2022/overall"),
                // well-formed, but nothing is published there: budget-service's 404 is an answer, not its failure
                RawHttp.Request.of("PUT", base + "ZZ01/performance/2022/overall"),
                RawHttp.Request.of("PUT", base + "9301/performance/2030/overall"),
                RawHttp.Request.of("PUT", base + "9301/performance/2022/projects/410304220000000000000"),
                RawHttp.Request.of("PUT", base + "9301/performance/2022/overall").body("application/json",
                        BadInput.utf8(target.replaceFirst("\"annualGoal\":\"", "\"annualGoal\":\"\\\\u0000"))));
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> notRefused = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            RawHttp.Request request = malformed.get(i % malformed.size()).header("Authorization", "Bearer " + regionEditor);
            if (request.body() == null) {
                request = request.body("application/json", BadInput.utf8(target));
            }
            RawHttp.Answer answer = RawHttp.send(stack.baseUrl(Service.PERFORMANCE), request);
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() / 100 != 4) {
                notRefused.add(request + " → " + answer);
            }
        }
        assertThat(notRefused).as("malformed writes that were not refused 4xx (statuses " + statuses + ")").isEmpty();

        for (String department : OTHERS) {
            Editors.expect(editors.on(Service.PERFORMANCE, editors.performanceEditor(department)).contentType("application/json")
                    .body(target).put(Editors.performance(department) + "/overall"), 200,
                    "write the overall target of " + department + " right after a hundred malformed writes");
            editors.writeProjectTarget(department);
        }
    }
}
