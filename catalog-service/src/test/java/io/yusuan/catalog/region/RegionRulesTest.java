package io.yusuan.catalog.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.problem.ProblemException;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of region codes, lists and years, without Quarkus. */
class RegionRulesTest {

    private static final String SOURCE = "民政部《2022年中华人民共和国县以上行政区划代码》";

    private static final List<Region> ROWS = List.of(
            new Region("41", RegionLevel.PROVINCE, null, "河南省", SOURCE),
            new Region("4103", RegionLevel.PREFECTURE, "41", "洛阳市", SOURCE),
            new Region("410304", RegionLevel.COUNTY, "4103", "瀍河回族区", SOURCE),
            new Region("410302", RegionLevel.COUNTY, "4103", "老城区", SOURCE),
            new Region("419001", RegionLevel.COUNTY, "41", "济源市", SOURCE),
            new Region("42", RegionLevel.PROVINCE, null, "湖北省", SOURCE),
            new Region("429004", RegionLevel.COUNTY, "42", "仙桃市", SOURCE));

    private static final RegionList LIST = new RegionList(2022, SOURCE, "https://www.mca.gov.cn/", ROWS);

    @ParameterizedTest(name = "{0} is the region {1}")
    @CsvSource({"41, 41", "410000, 41", "4100, 41", "4103, 4103", "410300, 4103", "410304, 410304", "429004, 429004"})
    void aCodeShortOrPaddedToSixDigitsNamesTheSameRegion(String raw, String canonical) {
        assertThat(RegionCode.canonical(raw, "code")).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "\"{0}\" is malformed")
    @ValueSource(strings = {"", "4", "410", "41030", "4103040", "41a3", "４１", "000000", "00"})
    void aCodeNotOfTwoFourOrSixDigitsIsMalformedAndNamesItsParameter(String raw) {
        assertThatThrownBy(() -> RegionCode.canonical(raw, "parent"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(error.pointer()).isEqualTo("parent"));
                });
    }

    @Test
    void theLevelFollowsTheCodeLength() {
        assertThat(RegionLevel.ofCode("41")).isEqualTo(RegionLevel.PROVINCE);
        assertThat(RegionLevel.ofCode("4103")).isEqualTo(RegionLevel.PREFECTURE);
        assertThat(RegionLevel.ofCode("410304")).isEqualTo(RegionLevel.COUNTY);
    }

    @Test
    void aCountysPathRunsFromItsProvinceThroughItsPrefecture() {
        assertThat(LIST.path(LIST.find("410304")).stream().map(Region::code)).containsExactly("41", "4103", "410304");
        assertThat(LIST.path(LIST.find("41")).stream().map(Region::code)).containsExactly("41");
    }

    @Test
    void aCountyDirectlyUnderItsProvinceHasAPathOfTwo() {
        assertThat(LIST.path(LIST.find("429004")).stream().map(Region::code)).containsExactly("42", "429004");
    }

    @Test
    void childrenAreInCodeOrderAndTheProvincesAreTheChildrenOfNone() {
        assertThat(LIST.children("4103").stream().map(Region::code)).containsExactly("410302", "410304");
        assertThat(LIST.children("41").stream().map(Region::code)).containsExactly("4103", "419001");
        assertThat(LIST.children(null).stream().map(Region::code)).containsExactly("41", "42");
        assertThat(LIST.children("410304")).isEmpty();
    }

    @Test
    void aYearWithoutAListIsAnsweredByTheLatestEarlierListElseTheEarliest() {
        TreeSet<Integer> shipped = new TreeSet<>(List.of(2021, 2022, 2024));
        assertThat(RegionYears.listYearFor(shipped, 2022)).isEqualTo(2022);
        assertThat(RegionYears.listYearFor(shipped, 2023)).isEqualTo(2022);
        assertThat(RegionYears.listYearFor(shipped, 2026)).isEqualTo(2024);
        assertThat(RegionYears.listYearFor(shipped, 2019)).isEqualTo(2021);
        assertThat(RegionYears.listYearFor(shipped, null)).isEqualTo(2024);
    }

    @Test
    void aWellFormedListPassesTheFileRules() {
        assertThat(RegionFileRules.check(ROWS)).isEmpty();
    }

    @Test
    void theFileRulesNameEveryFault() {
        List<Region> rows = List.of(
                new Region("41", RegionLevel.PROVINCE, null, "河南省", SOURCE),
                new Region("4103", RegionLevel.COUNTY, "41", "洛阳市", SOURCE),
                new Region("410304", RegionLevel.COUNTY, "41", "瀍河回族区", SOURCE),
                new Region("429004", RegionLevel.COUNTY, "42", "仙桃市", SOURCE),
                new Region("410300", RegionLevel.COUNTY, "4103", "洛阳市", SOURCE),
                new Region("410305", RegionLevel.COUNTY, "4103", " ", ""),
                new Region("41", RegionLevel.PROVINCE, null, "河南省", SOURCE));
        assertThat(RegionFileRules.check(rows)).containsExactlyInAnyOrder(
                "41 is listed twice",
                "4103 is listed as COUNTY but its length makes it PREFECTURE",
                "410304 has the parent 41 but should have 4103",
                "429004 has the parent 42, which the file does not list",
                "410300 is not a canonical region code (2, 4 or 6 digits, no trailing 00)",
                "410305 has no name",
                "410305 has no provenance");
    }

    @Test
    void everyShippedFilePassesTheFileRulesAndListsEveryProvince() {
        assertThat(ShippedRegions.years()).isNotEmpty();
        for (ShippedRegions.ShippedYear year : ShippedRegions.years()) {
            List<Region> rows = ShippedRegions.rows(year);
            assertThat(RegionFileRules.check(rows)).as(year.file()).isEmpty();
            assertThat(rows.stream().filter(r -> r.level() == RegionLevel.PROVINCE)).as(year.file()).hasSize(34);
            assertThat(rows.stream().filter(r -> r.level() == RegionLevel.COUNTY).count()).as(year.file()).isGreaterThan(2800);
            assertThat(rows).as(year.file()).allSatisfy(r -> assertThat(r.provenance()).startsWith("民政部《"));
        }
    }
}
