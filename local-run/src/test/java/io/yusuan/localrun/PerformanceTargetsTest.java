package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo targets written through a stand-in for performance-service; the real one is in the system tests. */
class PerformanceTargetsTest {

    private static final String PERFORMANCE = "/api/v1/regions/410304/departments/141/performance/2022";
    private static final String WINDOWS = "410304220000000006846";
    private static final String HOTLINE = "410304220000000013205";
    private static final String OVERALL = """
            {"annualGoal": "加强统筹协调", "tasks": [], "indicators": [{"tier1": "投入管理指标", "name": "年度履职目标相关性", "target": "相关"}]}""";
    private static final String WINDOWS_TARGET = """
            {"annualGoal": "保证大厅的正常运转", "indicators": [{"tier1": "产出指标", "name": "服务窗口数量", "target": "46 个"}]}""";
    private static final String HOTLINE_TARGET = """
            {"annualGoal": "保障 110 工作正常开展", "indicators": [{"tier1": "产出指标", "name": "110 工作人员", "target": "6 人"}]}""";

    @TempDir
    Path dir;

    private StubServer stub;
    private PerformanceTargets step;

    @BeforeEach
    void start() throws IOException {
        stub = StubServer.start();
        Path file = dir.resolve("410304-141-2022.json");
        Files.writeString(file, "{\"overall\": " + OVERALL + ", \"projects\": {\"" + WINDOWS + "\": " + WINDOWS_TARGET
                + ", \"" + HOTLINE + "\": " + HOTLINE_TARGET + "}}");
        step = new PerformanceTargets(file, "410304", "141", 2022);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void theProjectTargetsAreWrittenThenTheOverallOneAndWhatWasLoadedIsReported() throws Exception {
        stub.answer("GET " + PERFORMANCE + "/overall", 404, "{\"status\":404}");
        stub.answer("PUT " + PERFORMANCE + "/projects/" + WINDOWS, 200, """
                {"indicators": [{}, {}, {}, {}, {}, {}], "findings": []}""");
        stub.answer("PUT " + PERFORMANCE + "/projects/" + HOTLINE, 200, """
                {"indicators": [{}, {}, {}, {}, {}, {}], "findings": [
                  {"severity": "WARNING", "code": "COST_DIFFERS_FROM_BUDGET", "pointer": "/indicators/0/target"}]}""");
        stub.answer("PUT " + PERFORMANCE + "/overall", 200, """
                {"indicators": [{}, {}, {}], "findings": [], "revision": 1}""");
        stub.answer("GET " + PERFORMANCE, 200, """
                {"overall": true, "findings": [{"severity": "WARNING", "code": "PROJECT_WITHOUT_TARGETS"}]}""");

        DemoOutcome outcome = step.load(stub.calls());

        assertThat(stub.requests).containsExactly("GET " + PERFORMANCE + "/overall",
                "PUT " + PERFORMANCE + "/projects/" + WINDOWS, "PUT " + PERFORMANCE + "/projects/" + HOTLINE,
                "PUT " + PERFORMANCE + "/overall", "GET " + PERFORMANCE);
        assertThat(stub.bodies.get(1)).isEqualToIgnoringWhitespace(WINDOWS_TARGET);
        assertThat(stub.bodies.get(2)).isEqualToIgnoringWhitespace(HOTLINE_TARGET);
        assertThat(stub.bodies.get(3)).isEqualToIgnoringWhitespace(OVERALL);
        assertThat(stub.authorizations).containsOnly("Bearer performance-editor@410304/141");
        assertThat(outcome.loaded()).isTrue();
        assertThat(outcome.what()).isEqualTo("performance targets 410304/141/2022");
        assertThat(outcome.summary()).isEqualTo("loaded — overall target (3 indicators), 2 project targets (12 indicators); "
                + "findings: 1 WARNING (COST_DIFFERS_FROM_BUDGET), 1 WARNING (PROJECT_WITHOUT_TARGETS). Tables: "
                + stub.base() + PERFORMANCE.substring(1) + "/tables/12 and /13");
    }

    @Test
    void targetsLoadedWithoutFindingsSaySo() throws Exception {
        stub.answer("GET " + PERFORMANCE + "/overall", 404, "{\"status\":404}");
        stub.answer("PUT " + PERFORMANCE + "/projects/" + WINDOWS, 200, "{\"indicators\": [{}], \"findings\": []}");
        stub.answer("PUT " + PERFORMANCE + "/projects/" + HOTLINE, 200, "{\"indicators\": [{}], \"findings\": []}");
        stub.answer("PUT " + PERFORMANCE + "/overall", 200, "{\"indicators\": [{}], \"findings\": []}");
        stub.answer("GET " + PERFORMANCE, 200, "{\"findings\": []}");

        assertThat(step.load(stub.calls()).summary())
                .startsWith("loaded — overall target (1 indicator), 2 project targets (2 indicators); no findings. Tables: ");
    }

    @Test
    void anOverallTargetThereAlreadyMeansNothingIsLoaded() throws Exception {
        stub.answer("GET " + PERFORMANCE + "/overall", 200, "{\"revision\": 1, \"indicators\": []}");

        DemoOutcome outcome = step.load(stub.calls());

        assertThat(stub.requests).containsExactly("GET " + PERFORMANCE + "/overall");
        assertThat(outcome.loaded()).isFalse();
        assertThat(outcome.summary()).isEqualTo("already there (overall target revision 1), not loaded again");
    }

    @Test
    void aRefusedTargetStopsTheStepQuotingTheProblemAndTheOverallOneIsNotWritten() {
        stub.answer("GET " + PERFORMANCE + "/overall", 404, "{\"status\":404}");
        stub.answer("PUT " + PERFORMANCE + "/projects/" + WINDOWS, 422,
                "{\"status\":422,\"title\":\"No published budget\"}");

        assertThatThrownBy(() -> step.load(stub.calls()))
                .isInstanceOf(DemoDataException.class)
                .hasMessage("PUT " + stub.base() + PERFORMANCE.substring(1) + "/projects/" + WINDOWS + " answered 422: "
                        + "{\"status\":422,\"title\":\"No published budget\"}");
        assertThat(stub.requests).containsExactly("GET " + PERFORMANCE + "/overall",
                "PUT " + PERFORMANCE + "/projects/" + WINDOWS);
    }

    @Test
    void aFileWithoutTheOverallTargetIsRefusedBeforeAnyCall() throws Exception {
        Files.writeString(step.targetsFile(), "{\"projects\": {}}");

        assertThatThrownBy(() -> step.load(stub.calls()))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("has no \"overall\" target");
        assertThat(stub.requests).isEmpty();
    }
}
