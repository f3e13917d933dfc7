package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo budget's way through the lifecycle, against a stand-in for budget-service; the real one is in the system tests. */
class PublishedBudgetTest {

    private static final String BUDGET = "/api/v1/regions/410304/departments/141/budgets/2022";
    private static final String PACKAGE = """
            {"fiscalYear": 2022, "region": {"code": "410304"}, "department": {"code": "141", "name": "区政务服务和大数据管理局"}}""";
    private static final String PUBLISHED_VIEW = """
            {"versions": [{"number": 1, "status": "PUBLISHED"}],
             "totals": {"expenditure": 1730700.00, "basic": 1346700.00, "project": 384000.00, "lines": 20}}""";

    @TempDir
    Path dir;

    private StubServer stub;
    private List<String> requests;
    private List<String> bodies;
    private PublishedBudget step;

    @BeforeEach
    void start() throws IOException {
        stub = StubServer.start();
        requests = stub.requests;
        bodies = stub.bodies;
        Path file = dir.resolve("410304-141-2022.json");
        Files.writeString(file, PACKAGE);
        step = new PublishedBudget(file, LocalDate.of(2022, 2, 1), "区财政局");
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aNewBudgetIsLoadedSubmittedApprovedAndPublished() throws Exception {
        answer("GET " + BUDGET, 404, "{\"status\":404}");
        answer("PUT " + BUDGET + "/draft", 200, """
                {"version": 1, "status": "DRAFT", "findings": [
                  {"severity": "WARNING", "code": "CORRESPONDENCE_DEVIATION", "pointer": "/expenditures/3/governmentEconomicCode"}]}""");
        answer("POST " + BUDGET + "/draft/submit", 200, "{\"number\": 1, \"status\": \"SUBMITTED\"}");
        answer("POST " + BUDGET + "/draft/approve", 200, "{\"number\": 1, \"status\": \"APPROVED\"}");
        answer("POST " + BUDGET + "/draft/publish", 200, "{\"number\": 1, \"status\": \"PUBLISHED\"}");
        answer("GET " + BUDGET, 200, PUBLISHED_VIEW);

        DemoOutcome outcome = step.load(calls());

        assertThat(requests).containsExactly("GET " + BUDGET, "PUT " + BUDGET + "/draft", "POST " + BUDGET + "/draft/submit",
                "POST " + BUDGET + "/draft/approve", "POST " + BUDGET + "/draft/publish", "GET " + BUDGET);
        assertThat(bodies.get(1)).isEqualTo(PACKAGE);
        assertThat(bodies.get(3)).isEqualTo("{\"approvalDate\":\"2022-02-01\",\"approvedBy\":\"区财政局\"}");
        String editor = "Bearer budget-editor@410304/141";
        String bureau = "Bearer budget-approver@410304";
        assertThat(stub.authorizations).containsExactly(editor, editor, editor, bureau, bureau, editor);
        assertThat(outcome.loaded()).isTrue();
        assertThat(outcome.what()).isEqualTo("budget 410304/141/2022 区政务服务和大数据管理局");
        assertThat(outcome.summary()).isEqualTo("loaded — draft loaded from 410304-141-2022.json, submitted, "
                + "approved 2022-02-01 by 区财政局, published as version 1. 支出总计 173.07 万元 (基本支出 134.67, "
                + "项目支出 38.40), 20 lines; findings: 1 WARNING (CORRESPONDENCE_DEVIATION). Tables: "
                + base() + BUDGET.substring(1) + "/tables");
    }

    @Test
    void aPublishedBudgetIsLeftAsItIs() throws Exception {
        answer("GET " + BUDGET, 200, PUBLISHED_VIEW);

        DemoOutcome outcome = step.load(calls());

        assertThat(requests).containsExactly("GET " + BUDGET);
        assertThat(outcome.loaded()).isFalse();
        assertThat(outcome.summary()).isEqualTo("already published (version 1), not loaded again");
    }

    @Test
    void aBudgetLeftSubmittedByAnInterruptedStartIsTakenOnFromThere() throws Exception {
        answer("GET " + BUDGET, 200, "{\"versions\": [{\"number\": 1, \"status\": \"SUBMITTED\"}]}");
        answer("POST " + BUDGET + "/draft/approve", 200, "{\"number\": 1, \"status\": \"APPROVED\"}");
        answer("POST " + BUDGET + "/draft/publish", 200, "{\"number\": 1, \"status\": \"PUBLISHED\"}");
        answer("GET " + BUDGET, 200, PUBLISHED_VIEW);

        DemoOutcome outcome = step.load(calls());

        assertThat(requests).containsExactly("GET " + BUDGET, "POST " + BUDGET + "/draft/approve",
                "POST " + BUDGET + "/draft/publish", "GET " + BUDGET);
        assertThat(outcome.summary()).startsWith("loaded — taken on from SUBMITTED, approved 2022-02-01 by "
                + "区财政局, published as version 1. 支出总计 173.07 万元");
    }

    @Test
    void aRefusedLoadStopsTheStepQuotingTheProblem() {
        answer("GET " + BUDGET, 404, "{\"status\":404}");
        answer("PUT " + BUDGET + "/draft", 422, "{\"status\":422,\"title\":\"The package breaks a rule\"}");

        assertThatThrownBy(() -> step.load(calls()))
                .isInstanceOf(DemoDataException.class)
                .hasMessage("PUT " + base() + BUDGET.substring(1) + "/draft answered 422: "
                        + "{\"status\":422,\"title\":\"The package breaks a rule\"}");
        assertThat(requests).hasSize(2);
    }

    private void answer(String request, int status, String body) {
        stub.answer(request, status, body);
    }

    private ServiceCalls calls() {
        return stub.calls();
    }

    private URI base() {
        return stub.base();
    }
}
