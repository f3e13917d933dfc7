package io.yusuan.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.http.input.StrictJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreadableBodyTest {

    enum Kind { BASIC, PROJECT }

    record Line(String name, int count, BigDecimal amount, LocalDate approved, Kind kind, boolean active) {
    }

    record Body(List<Line> lines) {
    }

    private static final ObjectMapper JSON = strict();

    @Test
    void aNulInTextNamesItsPointerWithoutJava() {
        Problem problem = read("{\"lines\":[{\"name\":\"ok\"},{\"name\":\"a\\u0000b\"}]}");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/lines/1/name");
            assertThat(error.code()).isEqualTo("INVALID_TEXT");
            assertThat(error.message()).contains("\\u0000").contains("control character");
        });
        assertThat(problem.detail()).contains("/lines/1/name");
        assertClean(problem);
    }

    @Test
    void aWrongValueSaysWhatWasExpectedInTheClientsTerms() {
        assertThat(read("{\"lines\":[{\"count\":\"many\"}]}").errors().get(0).message()).contains("a whole number");
        assertThat(read("{\"lines\":[{\"amount\":\"lots\"}]}").errors().get(0).message()).contains("a number");
        assertThat(read("{\"lines\":[{\"approved\":\"yesterday\"}]}").errors().get(0).message())
                .contains("a date (YYYY-MM-DD)");
        assertThat(read("{\"lines\":[{\"kind\":\"OTHER\"}]}").errors().get(0).message())
                .contains("one of [BASIC, PROJECT]");
        assertThat(read("{\"lines\":[{\"active\":\"maybe\"}]}").errors().get(0).message()).contains("true or false");
        for (String body : new String[] {"{\"lines\":[{\"count\":\"many\"}]}", "{\"lines\":[{\"amount\":\"lots\"}]}",
                "{\"lines\":[{\"approved\":\"yesterday\"}]}", "{\"lines\":[{\"kind\":\"OTHER\"}]}",
                "{\"lines\":[{\"active\":\"maybe\"}]}", "{\"lines\":{}}", "{\"lines\":[[]]}"}) {
            assertClean(read(body));
        }
    }

    @Test
    void aHugeBadValueComesBackAsAnExcerpt() {
        Problem problem = read("{\"lines\":[{\"kind\":\"" + "X".repeat(100_000) + "\"}]}");

        assertThat(problem.detail().length() + problem.errors().get(0).message().length()).isLessThan(400);
        assertThat(problem.errors().get(0).message()).contains("100000 characters");
    }

    @Test
    void anUnknownFieldIsNamedAsAnExcerpt() {
        Problem problem = read("{\"lines\":[{\"nam\\u0000e\":\"x\"}]}");

        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("UNKNOWN_FIELD");
            assertThat(error.message()).isEqualTo("unknown field \"nam\\u0000e\"");
        });
    }

    @Test
    void aKeyGivenTwiceIsNamedWithItsPointer() {
        Problem problem = read("{\"lines\":[{\"name\":\"a\",\n\"name\":\"b\"}]}");

        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/lines/0/name");
            assertThat(error.code()).isEqualTo("DUPLICATE_FIELD");
        });
        assertThat(problem.detail()).contains("twice").contains("line 2");
        assertClean(problem);
    }

    @Test
    void contentAfterTheValueIsTrailingContent() {
        assertThat(read("{\"lines\":[]} {\"lines\":[]}").detail()).contains("content after its JSON value");
        assertClean(read("{\"lines\":[]} {\"lines\":[]}"));
        assertThat(read("{\"lines\":[]} garbage").detail()).startsWith("The request body is not well-formed JSON");
        assertClean(read("{\"lines\":[]} garbage"));
    }

    @Test
    void aBodyBeyondTheReadersLimitsSaysWhichLimit() {
        Problem number = read("{\"lines\":[{\"amount\":1" + "0".repeat(200) + "}]}");
        assertThat(number.detail()).contains("a number has more than 100 characters");
        assertClean(number);

        Problem text = read("{\"lines\":[{\"name\":\"" + "x".repeat((1 << 20) + 1) + "\"}]}");
        assertThat(text.detail()).contains("a text value has more than 1048576 characters");
        assertThat(text.errors()).singleElement().satisfies(error -> assertThat(error.pointer())
                .isEqualTo("/lines/0/name"));
        assertClean(text);

        Problem nesting = read("{\"lines\":" + "[".repeat(100) + "]".repeat(100) + "}", Object.class);
        assertThat(nesting.detail()).contains("nested more than 64 deep");
        assertClean(nesting);
    }

    @Test
    void aNumberOutOfRangeNamesItsPointer() {
        Problem problem = read("{\"lines\":[{\"count\":12345678901234}]}");

        assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(error.pointer())
                .isEqualTo("/lines/0/count"));
        assertClean(problem);
    }

    @Test
    void aTruncatedBodySaysItEndsEarly() {
        Problem problem = read("{\"lines\":[{\"name\":\"a\"");

        assertThat(problem.detail()).contains("ends before");
        assertClean(problem);
    }

    /** No Java class, package, parser or Jackson wording reaches the client. */
    private static void assertClean(Problem problem) {
        String told = problem.detail() + problem.errors();
        assertThat(told).doesNotContain("java", "Java", "jackson", "Jackson", "io.yusuan", "Integer", "BigDecimal",
                "LocalDate", "String", "StreamReadConstraints", "`", "Cannot deserialize", "For input string");
    }

    private static Problem read(String body) {
        return read(body, Body.class);
    }

    private static Problem read(String body, Class<?> type) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> JSON.readValue(body, type));
        assertThat(e).as(body).isNotNull();
        return UnreadableBody.of(e, "/api/v1/x");
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
