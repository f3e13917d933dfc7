package io.yusuan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The catalog-service calls the benchmark times: a tiny read as the baseline, the validation of a 10,000-code
 * batch, a subtree read and the whole year's list.
 */
final class CatalogOperations {

    static final String BASELINE = "baseline: GET /schemes";
    static final String VALIDATION = "validate 10,000 codes";
    static final String SUBTREE = "subtree 201, depth 2";
    static final String WHOLE_YEAR = "whole year, depth 3";

    private static final String SUBTREE_PARENT = "201";
    private static final int SUBTREE_DEPTH = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpCalls http;
    private final URI schemes;
    private final URI validation;
    private final URI subtree;
    private final String wholeYear;
    private final String batchBody;
    private final ValidationBatch batch;

    CatalogOperations(HttpCalls http, URI baseUrl, ValidationBatch batch) {
        this.http = http;
        this.batch = batch;
        this.batchBody = batch.requestBody();
        String year = baseUrl + "/api/v1/schemes/functional/years/" + FunctionalList.YEAR;
        this.schemes = URI.create(baseUrl + "/api/v1/schemes");
        this.validation = URI.create(year + "/validation");
        this.subtree = URI.create(year + "/codes?parent=" + SUBTREE_PARENT + "&depth=" + SUBTREE_DEPTH + "&limit=1000");
        this.wholeYear = year + "/codes?depth=3&limit=1000";
    }

    /** The baseline first: the report divides every median by its median. */
    List<Operation> operations() {
        return List.of(
                new Operation(BASELINE, () -> http.get(schemes).nanos()),
                new Operation(VALIDATION, () -> http.postJson(validation, batchBody).nanos()),
                new Operation(SUBTREE, () -> http.get(subtree).nanos()),
                new Operation(WHOLE_YEAR, () -> readWholeYear(page -> { })));
    }

    /**
     * Calls each operation once and checks its answer against the shipped list, so that the figures are those of
     * correct answers: every verdict as the batch was built, the whole subtree on one page, every code of the year.
     *
     * @throws IllegalStateException naming the first answer that is not as expected
     */
    void checkAnswers(FunctionalList list) throws IOException, InterruptedException {
        JsonNode verdicts = JSON.readTree(http.postJson(validation, batchBody).body());
        Map<ValidationBatch.Verdict, Integer> found = new EnumMap<>(ValidationBatch.Verdict.class);
        for (JsonNode result : verdicts.get("results")) {
            found.merge(verdictOf(result.get("status").asText()), 1, Integer::sum);
        }
        for (ValidationBatch.Verdict verdict : ValidationBatch.Verdict.values()) {
            expect(VALIDATION + ", " + verdict, batch.expected(verdict), found.getOrDefault(verdict, 0));
        }
        expect(VALIDATION + ", total", batch.size(), verdicts.get("total").asInt());

        JsonNode subtreePage = JSON.readTree(http.get(subtree).body());
        expect(SUBTREE + ", codes", list.countBelow(SUBTREE_PARENT, SUBTREE_DEPTH), subtreePage.get("items").size());
        if (subtreePage.hasNonNull("next")) {
            throw new IllegalStateException(SUBTREE + " did not fit on one page of 1000");
        }

        int[] codes = {0};
        readWholeYear(page -> codes[0] += page.get("items").size());
        expect(WHOLE_YEAR + ", codes", list.size(), codes[0]);
    }

    /** Reads every page of the year, following the cursors; the time is that of the exchanges only. */
    private long readWholeYear(Consumer<JsonNode> eachPage) throws IOException, InterruptedException {
        long nanos = 0;
        String cursor = null;
        do {
            URI page = URI.create(cursor == null ? wholeYear
                    : wholeYear + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpCalls.Exchange exchange = http.get(page);
            nanos += exchange.nanos();
            JsonNode body = JSON.readTree(exchange.body());
            eachPage.accept(body);
            cursor = body.hasNonNull("next") ? body.get("next").asText() : null;
        } while (cursor != null);
        return nanos;
    }

    private static ValidationBatch.Verdict verdictOf(String status) {
        return switch (status) {
            case "VALID", "PROVISIONAL" -> ValidationBatch.Verdict.USABLE;
            // a well-formed code the list lacks: UNLISTED (a warning) while the year's list is not marked complete
            case "UNLISTED" -> ValidationBatch.Verdict.UNKNOWN;
            default -> ValidationBatch.Verdict.valueOf(status);
        };
    }

    private static void expect(String what, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalStateException(what + ": expected " + expected + ", the service answered " + actual);
        }
    }
}
