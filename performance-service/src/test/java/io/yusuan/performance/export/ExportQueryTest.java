package io.yusuan.performance.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportQueryTest {

    @Test
    void aRegionMatchesTheRegionsUnderItByCodePrefix() {
        assertThat(ExportQuery.of(2022, "410304", null).regionPrefix()).isEqualTo("410304");
        assertThat(ExportQuery.of(2022, "4103", null).regionPrefix()).isEqualTo("4103");
        assertThat(ExportQuery.of(2022, "41", null).regionPrefix()).isEqualTo("41");
    }

    @Test
    void aCitysOrProvincesSixDigitCodeStandsForItsShortForm() {
        assertThat(ExportQuery.of(2022, "410300", null).regionPrefix()).isEqualTo("4103");
        assertThat(ExportQuery.of(2022, "410000", null).regionPrefix()).isEqualTo("41");
    }

    @Test
    void noRegionAndNoSinceIsEveryTargetOfTheYear() {
        ExportQuery query = ExportQuery.of(2022, null, null);
        assertThat(query.regionPrefix()).isNull();
        assertThat(query.since()).isNull();
    }

    @Test
    void sinceIsAnInstant() {
        assertThat(ExportQuery.of(2022, null, "2022-03-01T08:00:00Z").since()).isEqualTo(Instant.parse("2022-03-01T08:00:00Z"));
    }

    @Test
    void everyBadParameterIsNamedInOne400() {
        ProblemException bad = catchThrowableOfType(ProblemException.class, () -> ExportQuery.of(1999, "4103041", "yesterday"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errors()).extracting(FieldError::pointer).containsExactly("year", "region", "since");
    }

    @Test
    void aRegionOfLettersOrOddLengthIsRefused() {
        for (String region : new String[] {"4", "410", "41030", "41a304", "%"}) {
            assertThat(catchThrowableOfType(ProblemException.class, () -> ExportQuery.of(2022, region, null)).status())
                    .as(region).isEqualTo(400);
        }
    }
}
