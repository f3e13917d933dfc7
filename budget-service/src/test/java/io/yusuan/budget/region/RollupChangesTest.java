package io.yusuan.budget.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows as a section's select over a region's lines gives them: two keys (类, 款), {@code g}, two columns' sums, the
 * count of lines summed.
 */
class RollupChangesTest {

    private static Object[] row(String type, String item, int g, String total, String basic, long lines) {
        return new Object[] {type, item, g, new BigDecimal(total), new BigDecimal(basic), lines};
    }

    private static List<String> printed(List<Object[]> rows) {
        return rows.stream().map(row -> row[0] + "/" + row[1] + "/" + row[2] + " " + row[3] + " " + row[4] + " "
                + row[5]).toList();
    }

    private static final List<Object[]> KEPT = List.of(
            row(null, null, 3, "300.00", "100.00", 5),
            row("201", null, 1, "200.00", "100.00", 4),
            row("201", "20101", 0, "150.00", "100.00", 3),
            row("201", "20103", 0, "50.00", "0.00", 1),
            row("208", null, 1, "100.00", "0.00", 1),
            row("208", "20805", 0, "100.00", "0.00", 1));

    @Test
    void aChangeAddsToTheSumsAndTheCountOfItsRow() {
        List<Object[]> added = RollupChanges.added(2, KEPT, List.of(
                row(null, null, 3, "25.50", "25.50", 0),
                row("201", null, 1, "25.50", "25.50", 0),
                row("201", "20101", 0, "25.50", "25.50", 0)));

        assertThat(printed(added)).containsExactly(
                "null/null/3 325.50 125.50 5",
                "201/null/1 225.50 125.50 4",
                "201/20101/0 175.50 125.50 3",
                "201/20103/0 50.00 0.00 1",
                "208/null/1 100.00 0.00 1",
                "208/20805/0 100.00 0.00 1");
    }

    @Test
    void aRowTheChangesBringInTakesItsPlaceInTheSelectsOrder() {
        List<Object[]> added = RollupChanges.added(2, KEPT, List.of(
                row(null, null, 3, "7.00", "7.00", 2),
                row("201", null, 1, "3.00", "3.00", 1),
                row("201", "20102", 0, "3.00", "3.00", 1),
                row("205", null, 1, "4.00", "4.00", 1),
                row("205", "20502", 0, "4.00", "4.00", 1)));

        assertThat(printed(added)).containsExactly(
                "null/null/3 307.00 107.00 7",
                "201/null/1 203.00 103.00 5",
                "201/20101/0 150.00 100.00 3",
                "201/20102/0 3.00 3.00 1",
                "201/20103/0 50.00 0.00 1",
                "205/null/1 4.00 4.00 1",
                "205/20502/0 4.00 4.00 1",
                "208/null/1 100.00 0.00 1",
                "208/20805/0 100.00 0.00 1");
    }

    @Test
    void aRowWhoseLinesAreAllTakenAwayGoesThoughItsSumsWereZeroBefore() {
        List<Object[]> added = RollupChanges.added(2, KEPT, List.of(
                row(null, null, 3, "-100.00", "0.00", -1),
                row("208", null, 1, "-100.00", "0.00", -1),
                row("208", "20805", 0, "-100.00", "0.00", -1)));

        assertThat(printed(added)).containsExactly(
                "null/null/3 200.00 100.00 4",
                "201/null/1 200.00 100.00 4",
                "201/20101/0 150.00 100.00 3",
                "201/20103/0 50.00 0.00 1");
    }

    @Test
    void aRowOfZerosStaysWhileItSumsAnyLine() {
        List<Object[]> added = RollupChanges.added(2, KEPT, List.of(
                row(null, null, 3, "-50.00", "0.00", 0),
                row("201", null, 1, "-50.00", "0.00", 0),
                row("201", "20103", 0, "-50.00", "0.00", 0)));

        assertThat(printed(added)).contains("201/20103/0 0.00 0.00 1");
    }

    @Test
    void theTotalStaysWhenNoLineIsLeft() {
        List<Object[]> kept = List.of(row(null, null, 3, "10.00", "10.00", 1), row("201", null, 1, "10.00", "10.00", 1),
                row("201", "20101", 0, "10.00", "10.00", 1));

        List<Object[]> added = RollupChanges.added(2, kept, List.of(row(null, null, 3, "-10.00", "-10.00", -1),
                row("201", null, 1, "-10.00", "-10.00", -1), row("201", "20101", 0, "-10.00", "-10.00", -1)));

        assertThat(printed(added)).containsExactly("null/null/3 0.00 0.00 0");
    }

    @Test
    void changesOverNoLineOfTheScopeLeaveTheSumsAsTheyWere() {
        List<Object[]> added = RollupChanges.added(2, KEPT, List.<Object[]>of(row(null, null, 3, "0", "0", 0)));

        assertThat(printed(added)).isEqualTo(printed(KEPT));
    }

    @Test
    void linesWithoutACodeComeFirstAndTheirSubtotalBeforeThem() {
        List<Object[]> kept = List.of(row(null, null, 3, "10.00", "10.00", 1), row("301", null, 1, "10.00", "10.00", 1),
                row("301", "30101", 0, "10.00", "10.00", 1));

        List<Object[]> added = RollupChanges.added(2, kept, List.of(row(null, null, 3, "2.00", "2.00", 1),
                row(null, null, 0, "2.00", "2.00", 1), row(null, null, 1, "2.00", "2.00", 1)));

        assertThat(printed(added)).containsExactly(
                "null/null/3 12.00 12.00 2",
                "null/null/1 2.00 2.00 1",
                "null/null/0 2.00 2.00 1",
                "301/null/1 10.00 10.00 1",
                "301/30101/0 10.00 10.00 1");
    }
}
