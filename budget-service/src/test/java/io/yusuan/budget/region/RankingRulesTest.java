package io.yusuan.budget.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.problem.InvalidCursorProblem;
import io.yusuan.problem.ProblemException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ranking's sort names, cursors and shares. */
class RankingRulesTest {

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everySortIsNamedByItsParameterAndListed() {
        for (RankingSort sort : RankingSort.values()) {
            assertThat(RankingSort.of(sort.parameter())).isSameAs(sort);
        }
        assertThat(RankingSort.NAMES)
                .isEqualTo(Arrays.stream(RankingSort.values()).map(RankingSort::parameter).collect(Collectors.joining(", ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TOTAL_EXPENDITURE", "total_expenditure", "name", ""})
    void anUnknownSortIsABadRequestNamingSort(String sort) {
        assertThatThrownBy(() -> RankingSort.of(sort)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(error.pointer()).isEqualTo("sort"));
        });
    }

    @Test
    void aCursorReadsBackTheKeyItWasIssuedWith() {
        RankingCursor cursor = new RankingCursor(RankingSort.THREE_PUBLIC, true, new BigDecimal("12000.50"), "410304", "141");

        assertThat(RankingCursor.parse(cursor.token(), RankingSort.THREE_PUBLIC, true)).isEqualTo(cursor);
        assertThat(cursor.token()).doesNotContain("410304");
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertThat(RankingCursor.parse(null, RankingSort.TOTAL_REVENUE, true)).isNull();
        assertThat(RankingCursor.parse("", RankingSort.TOTAL_REVENUE, true)).isNull();
    }

    @Test
    void aCursorOfAnotherSortOrOrderIsRefused() {
        String token = new RankingCursor(RankingSort.TOTAL_REVENUE, true, BigDecimal.TEN, "410304", "141").token();

        assertThatThrownBy(() -> RankingCursor.parse(token, RankingSort.TOTAL_EXPENDITURE, true))
                .isInstanceOf(InvalidCursorProblem.class);
        assertThatThrownBy(() -> RankingCursor.parse(token, RankingSort.TOTAL_REVENUE, false))
                .isInstanceOf(InvalidCursorProblem.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%%", "bm90IGEgY3Vyc29y"})
    void aTokenThatIsNotBase64OrNotACursorIsRefused(String token) {
        assertThatThrownBy(() -> RankingCursor.parse(token, RankingSort.TOTAL_REVENUE, true))
                .isInstanceOf(InvalidCursorProblem.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"totalRevenue|desc|ten|410304|141", "totalRevenue|desc|10|4103|141",
            "totalRevenue|desc|10|410304|14'1", "totalRevenue|desc|10|410304", "totalRevenue|desc|10|410304|141|x"})
    void aCursorWithAMalformedPartIsRefused(String key) {
        assertThatThrownBy(() -> RankingCursor.parse(encoded(key), RankingSort.TOTAL_REVENUE, true))
                .isInstanceOf(InvalidCursorProblem.class);
    }

    @Test
    void aShareHasFourDecimalsAndNoneOfANothingTotal() {
        assertThat(DepartmentRanking.share(new BigDecimal("1346700.00"), new BigDecimal("1730700.00")))
                .isEqualTo(new BigDecimal("0.7781"));
        assertThat(DepartmentRanking.share(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2))).isNull();
    }
}
