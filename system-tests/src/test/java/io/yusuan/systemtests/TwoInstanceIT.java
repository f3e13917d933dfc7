package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.generator.BudgetGenerator;
import io.yusuan.generator.BudgetPackage;
import io.yusuan.generator.CatalogLists;
import io.yusuan.generator.PackageJson;
import io.yusuan.generator.Publisher;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services keep no state of their own between requests: a second budget-service, started from the same packaged
 * jar with the same configuration on the stack's own database, beside the stack's budget-service. A budget's whole
 * lifecycle is written alternately through the two (draft, a draft replaced with the other's ETag, submit, return,
 * approve, publish, adjustment), and after every write the same reads — the budget as its editor and as the public,
 * its history, its tables, the region roll-ups and ranking, the change feed — give the same answer on both: status,
 * body and ETag, and the ETag one gave is honoured by the other (304 on If-None-Match, 412 and 200 on If-Match).
 * A publication through one is in the other's roll-up at once, although both had just answered (and may have cached)
 * the roll-up without it: a per-instance cache never serves a stale answer.
 *
 * <p>The year is 2024, which no other system test writes, so the roll-ups hold this test's budgets only.
 */
@ExtendWith(LocalStackExtension.class)
class TwoInstanceIT {

    private static final int YEAR = 2024;
    private static final String REGION = "410305";
    private static final long SEED = 20_240_101;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static PackagedService second;
    private static URI first;
    private static Tokens tokens;
    private static BudgetGenerator generator;
    /** The change feed's newest sequence before this test wrote anything: the feed read is of what came after. */
    private static long changesBefore;

    /** One answer as a client sees it. */
    record Answer(int status, String body, String etag, String contentType) {
    }

    @BeforeAll
    static void startASecondBudgetServiceOnTheSameDatabase(LocalStack stack) throws Exception {
        first = stack.baseUrl(Service.BUDGET);
        tokens = new Tokens(stack.jwt());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = LocalStackExtension.projectRoot().resolve("system-tests/target/yusuan-it/logs/budget-service-2.log");
        second = PackagedService.start(Service.BUDGET, port, Databases.ofSharedStack().port(), stack.jwt().publicKeyFile(),
                stack::baseUrl, log);
        generator = new BudgetGenerator(CatalogLists.shipped(LocalStackExtension.projectRoot(), YEAR), REGION, SEED);
        changesBefore = newestChange();
    }

    @AfterAll
    static void stopTheSecond() throws InterruptedException {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void writesThroughEitherInstanceGiveTheSameAnswersOnBothAndAPublicationIsInBothRollUpsAtOnce() throws Exception {
        URI a = first;
        URI b = second.baseUrl();
        // a budget already published, so that the roll-ups have figures before the lifecycle below
        BudgetPackage earlier = generator.next();
        new Publisher(a, (role, region, departments) -> tokens.scoped(role, region, departments.toArray(new String[0])))
                .publish(earlier, false);
        BudgetPackage budget = generator.next();
        String path = "/api/v1/" + budget.path();
        String editor = tokens.scoped(Tokens.BUDGET_EDITOR, REGION, budget.department().code());
        String bureau = tokens.scoped(Tokens.BUDGET_APPROVER, REGION);
        Reads reads = new Reads(path, editor);

        reads.sameOnBoth("the earlier budget published through the first");
        assertThat(departmentCount()).as("the roll-up's departments before the new budget is published").isEqualTo(1);

        Answer loaded = send(a, "PUT", path + "/draft", editor, PackageJson.of(budget));
        assertThat(loaded.status()).as("the draft through the first: " + loaded.body()).isEqualTo(200);
        reads.sameOnBoth("a draft loaded through the first");

        BudgetPackage changed = generator.adjusted(budget);
        Answer replaced = send(b, "PUT", path + "/draft", editor, PackageJson.of(changed), "If-Match", loaded.etag());
        assertThat(replaced.status()).as("the draft replaced through the second, If-Match the first's ETag "
                + loaded.etag() + ": " + replaced.body()).isEqualTo(200);
        assertThat(replaced.etag()).as("the new revision's ETag").isNotEqualTo(loaded.etag());
        reads.sameOnBoth("the draft replaced through the second");
        for (URI instance : List.of(a, b)) {
            Answer stale = send(instance, "PUT", path + "/draft", editor, PackageJson.of(budget), "If-Match", loaded.etag());
            assertThat(stale.status()).as(instance + ": If-Match the ETag the draft no longer has: " + stale.body())
                    .isEqualTo(412);
        }
        Answer back = send(a, "PUT", path + "/draft", editor, PackageJson.of(budget), "If-Match", replaced.etag());
        assertThat(back.status()).as("through the first, If-Match the second's ETag " + replaced.etag() + ": "
                + back.body()).isEqualTo(200);
        reads.sameOnBoth("the draft loaded again through the first");

        write(b, "POST", path + "/draft/submit", editor, null);
        reads.sameOnBoth("submitted through the second");
        write(a, "POST", path + "/draft/return", bureau, "{\"reason\": \"项目支出明细不全，请补充后重新报送。\"}");
        reads.sameOnBoth("returned through the first");
        write(a, "POST", path + "/draft/submit", editor, null);
        write(b, "POST", path + "/draft/approve", bureau, "{\"approvalDate\": \"" + YEAR + "-01-20\", \"approvedBy\": \"区财政局\"}");
        reads.sameOnBoth("approved through the second");
        assertThat(departmentCount()).as("the roll-up's departments while the new budget is approved only").isEqualTo(1);

        write(a, "POST", path + "/draft/publish", bureau, null);
        // the second first: it answered the roll-up without this budget a moment ago
        BigDecimal published = earlier.totalExpenditure().add(budget.totalExpenditure());
        for (URI instance : List.of(b, a)) {
            JsonNode rollup = json(get(instance, rollup01(), null));
            assertThat(rollup.path("departmentCount").asInt()).as(instance + ": departments once published through the "
                    + "first").isEqualTo(2);
            assertThat(expenditureTotal(rollup)).as(instance + ": 01 支出总计 once published through the first")
                    .isEqualByComparingTo(published);
        }
        reads.sameOnBoth("published through the first");

        write(b, "POST", path + "/adjustments", editor, null);
        reads.sameOnBoth("an adjustment opened through the second");
        write(a, "PUT", path + "/draft", editor, PackageJson.of(changed));
        write(b, "POST", path + "/draft/submit", editor, null);
        write(a, "POST", path + "/draft/approve", bureau, "{\"approvalDate\": \"" + YEAR + "-03-01\", \"approvedBy\": \"区财政局\"}");
        reads.sameOnBoth("the adjustment approved through the first");
        assertThat(expenditureTotal(json(get(b, rollup01(), null)))).as("the roll-up while the adjustment is approved only")
                .isEqualByComparingTo(published);

        write(b, "POST", path + "/draft/publish", bureau, null);
        BigDecimal adjusted = earlier.totalExpenditure().add(changed.totalExpenditure());
        for (URI instance : List.of(a, b)) {
            assertThat(expenditureTotal(json(get(instance, rollup01(), null))))
                    .as(instance + ": 01 支出总计 once the adjustment is published through the second")
                    .isEqualByComparingTo(adjusted);
        }
        reads.sameOnBoth("the adjustment published through the second");
    }

    /** The reads compared after each write: of the budget being written, its region and the change feed. */
    private static final class Reads {

        private final List<String> publicReads;
        private final List<String> editorReads;
        private final String editor;

        Reads(String budget, String editor) {
            this.editor = editor;
            this.editorReads = List.of(budget, budget + "/history", budget + "/tables/01?unit=yuan");
            String region = "/api/v1/regions/" + REGION + "/budgets/" + YEAR;
            this.publicReads = List.of(budget, budget + "/tables/01?unit=yuan", budget + "/tables/05",
                    rollup01(), region + "/tables/05?unit=yuan",
                    "/api/v1/regions/410000/budgets/" + YEAR + "/tables/08?includeSubregions=true",
                    "/api/v1/regions/410300/budgets/" + YEAR + "/tables/07?includeSubregions=true&classification=department",
                    region + "/departments?sort=totalExpenditure&limit=10",
                    "/api/v1/changes?since=" + changesBefore + "&limit=1000");
        }

        /** Every read, on both instances: the same status, body and ETag, and each one's ETag honoured by the other. */
        void sameOnBoth(String after) {
            SoftAssertions soft = new SoftAssertions();
            for (String path : publicReads) {
                compare(soft, after, path, null);
            }
            for (String path : editorReads) {
                compare(soft, after, path, editor);
            }
            // CSV too: the writer is the same, the cache key has the media type in it
            compare(soft, after, rollup01(), null, "text/csv");
            soft.assertAll();
        }

        private void compare(SoftAssertions soft, String after, String path, String token) {
            compare(soft, after, path, token, "application/json");
        }

        private void compare(SoftAssertions soft, String after, String path, String token, String accept) {
            String at = after + ": " + path + (token == null ? "" : " (editor)") + " as " + accept;
            Answer one = send(first, "GET", path, token, null, "Accept", accept);
            Answer other = send(second.baseUrl(), "GET", path, token, null, "Accept", accept);
            soft.assertThat(other.status()).as(at + ": the second's status").isEqualTo(one.status());
            soft.assertThat(other.contentType()).as(at + ": the second's content type").isEqualTo(one.contentType());
            soft.assertThat(other.body().replace(second.baseUrl().toString(), "{base}"))
                    .as(at + ": the second's body").isEqualTo(one.body().replace(first.toString(), "{base}"));
            soft.assertThat(other.etag()).as(at + ": the second's ETag").isEqualTo(one.etag());
            if (one.etag() != null) {
                soft.assertThat(send(second.baseUrl(), "GET", path, token, null, "Accept", accept,
                                "If-None-Match", one.etag()).status())
                        .as(at + ": the second, If-None-Match the first's ETag").isEqualTo(304);
                soft.assertThat(send(first, "GET", path, token, null, "Accept", accept,
                                "If-None-Match", other.etag()).status())
                        .as(at + ": the first, If-None-Match the second's ETag").isEqualTo(304);
            }
        }
    }

    private static String rollup01() {
        return "/api/v1/regions/" + REGION + "/budgets/" + YEAR + "/tables/01?unit=yuan";
    }

    /** The region's published departments, as both instances count them (they must agree). */
    private static int departmentCount() {
        int one = json(get(first, rollup01(), null)).path("departmentCount").asInt(-1);
        int other = json(get(second.baseUrl(), rollup01(), null)).path("departmentCount").asInt(-1);
        assertThat(other).as("the second's departmentCount against the first's").isEqualTo(one);
        return one;
    }

    private static BigDecimal expenditureTotal(JsonNode table01) {
        return TableCells.of(table01).get("expenditure/合计/amount");
    }

    /** The newest sequence of the change feed: its pages followed to the end. */
    private static long newestChange() {
        long since = 0;
        while (true) {
            JsonNode page = json(get(first, "/api/v1/changes?since=" + since + "&limit=1000", null));
            JsonNode changes = page.path("changes");
            if (changes.isEmpty()) {
                return since;
            }
            since = changes.get(changes.size() - 1).path("sequence").asLong();
        }
    }

    private static void write(URI instance, String method, String path, String token, String body) {
        Answer answer = send(instance, method, path, token, body);
        assertThat(answer.status()).as(method + " " + path + " through " + instance + ": " + answer.body()).isEqualTo(200);
    }

    private static Answer get(URI instance, String path, String token) {
        Answer answer = send(instance, "GET", path, token, null);
        assertThat(answer.status()).as("GET " + path + " on " + instance + ": " + answer.body()).isEqualTo(200);
        return answer;
    }

    /**
     * One request, its headers given as name, value pairs ({@code Accept} is JSON unless one of them says otherwise).
     */
    private static Answer send(URI instance, String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(instance.resolve(path)).timeout(Duration.ofSeconds(60))
                .setHeader("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.setHeader("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.setHeader("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return answer(request);
    }

    private static Answer answer(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + answer.body(), e);
        }
    }
}
