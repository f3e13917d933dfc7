package io.yusuan.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.yusuan.generator.BudgetGenerator;
import io.yusuan.generator.BudgetPackage;
import io.yusuan.generator.CatalogLists;
import io.yusuan.generator.PackageJson;
import io.yusuan.generator.Publisher;
import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import io.yusuan.systemtests.Http.Answer;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
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
    private static final Http HTTP = new Http();

    private static PackagedService second;
    private static URI first;
    private static Tokens tokens;
    private static BudgetGenerator generator;
    /** The change feed's newest sequence before this test wrote anything: the feed read is of what came after. */
    private static long changesBefore;

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

        Answer loaded = HTTP.send(a, "PUT", path + "/draft", editor, PackageJson.of(budget));
        assertThat(loaded.status()).as("the draft through the first: " + loaded.text()).isEqualTo(200);
        reads.sameOnBoth("a draft loaded through the first");

        BudgetPackage changed = generator.adjusted(budget);
        Answer replaced = HTTP.send(b, "PUT", path + "/draft", editor, PackageJson.of(changed),
                "If-Match", loaded.header("ETag"));
        assertThat(replaced.status()).as("the draft replaced through the second, If-Match the first's ETag "
                + loaded.header("ETag") + ": " + replaced.text()).isEqualTo(200);
        assertThat(replaced.header("ETag")).as("the new revision's ETag").isNotEqualTo(loaded.header("ETag"));
        reads.sameOnBoth("the draft replaced through the second");
        for (URI instance : List.of(a, b)) {
            Answer stale = HTTP.send(instance, "PUT", path + "/draft", editor, PackageJson.of(budget),
                    "If-Match", loaded.header("ETag"));
            assertThat(stale.status()).as(instance + ": If-Match the ETag the draft no longer has: " + stale.text())
                    .isEqualTo(412);
        }
        Answer back = HTTP.send(a, "PUT", path + "/draft", editor, PackageJson.of(budget),
                "If-Match", replaced.header("ETag"));
        assertThat(back.status()).as("through the first, If-Match the second's ETag " + replaced.header("ETag") + ": "
                + back.text()).isEqualTo(200);
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
            JsonNode rollup = get(instance, rollup01(), null).json();
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
        assertThat(expenditureTotal(get(b, rollup01(), null).json())).as("the roll-up while the adjustment is approved only")
                .isEqualByComparingTo(published);

        write(b, "POST", path + "/draft/publish", bureau, null);
        BigDecimal adjusted = earlier.totalExpenditure().add(changed.totalExpenditure());
        for (URI instance : List.of(a, b)) {
            assertThat(expenditureTotal(get(instance, rollup01(), null).json()))
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
        /** How many reads of the last comparison had an ETag. */
        private int tagged;

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
            tagged = 0;
            SoftAssertions soft = new SoftAssertions();
            for (String path : publicReads) {
                compare(soft, after, path, null);
            }
            for (String path : editorReads) {
                compare(soft, after, path, editor);
            }
            // CSV too: the writer is the same, the cache key has the media type in it
            compare(soft, after, rollup01(), null, "text/csv");
            soft.assertThat(tagged).as(after + ": reads answered with an ETag, each tried on the other instance")
                    .isPositive();
            soft.assertAll();
        }

        private void compare(SoftAssertions soft, String after, String path, String token) {
            compare(soft, after, path, token, "application/json");
        }

        private void compare(SoftAssertions soft, String after, String path, String token, String accept) {
            String at = after + ": " + path + (token == null ? "" : " (editor)") + " as " + accept;
            Answer one = HTTP.send(first, "GET", path, token, null, "Accept", accept);
            Answer other = HTTP.send(second.baseUrl(), "GET", path, token, null, "Accept", accept);
            soft.assertThat(other.status()).as(at + ": the second's status").isEqualTo(one.status());
            soft.assertThat(other.header("Content-Type")).as(at + ": the second's content type").isEqualTo(one.header("Content-Type"));
            soft.assertThat(other.text().replace(second.baseUrl().toString(), "{base}"))
                    .as(at + ": the second's body").isEqualTo(one.text().replace(first.toString(), "{base}"));
            soft.assertThat(other.header("ETag")).as(at + ": the second's ETag").isEqualTo(one.header("ETag"));
            if (one.header("ETag") != null) {
                tagged++;
                soft.assertThat(HTTP.send(second.baseUrl(), "GET", path, token, null, "Accept", accept,
                                "If-None-Match", one.header("ETag")).status())
                        .as(at + ": the second, If-None-Match the first's ETag").isEqualTo(304);
                soft.assertThat(HTTP.send(first, "GET", path, token, null, "Accept", accept,
                                "If-None-Match", other.header("ETag")).status())
                        .as(at + ": the first, If-None-Match the second's ETag").isEqualTo(304);
            }
        }
    }

    private static String rollup01() {
        return "/api/v1/regions/" + REGION + "/budgets/" + YEAR + "/tables/01?unit=yuan";
    }

    /** The region's published departments, as both instances count them (they must agree). */
    private static int departmentCount() {
        int one = get(first, rollup01(), null).json().path("departmentCount").asInt(-1);
        int other = get(second.baseUrl(), rollup01(), null).json().path("departmentCount").asInt(-1);
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
            JsonNode page = get(first, "/api/v1/changes?since=" + since + "&limit=1000", null).json();
            JsonNode changes = page.path("changes");
            if (changes.isEmpty()) {
                return since;
            }
            since = changes.get(changes.size() - 1).path("sequence").asLong();
        }
    }

    private static void write(URI instance, String method, String path, String token, String body) {
        Answer answer = HTTP.send(instance, method, path, token, body);
        assertThat(answer.status()).as(method + " " + path + " through " + instance + ": " + answer.text()).isEqualTo(200);
    }

    private static Answer get(URI instance, String path, String token) {
        Answer answer = HTTP.send(instance, "GET", path, token, null);
        assertThat(answer.status()).as("GET " + path + " on " + instance + ": " + answer.text()).isEqualTo(200);
        return answer;
    }
}
