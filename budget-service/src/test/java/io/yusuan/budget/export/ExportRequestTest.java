package io.yusuan.budget.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportRequestTest {

    @Test
    void aProvinceOrPrefectureCodeIsTheCodeItsChainNames() {
        assertThat(ExportRequest.chainCode("410000")).isEqualTo("41");
        assertThat(ExportRequest.chainCode("410300")).isEqualTo("4103");
        assertThat(ExportRequest.chainCode("410304")).isEqualTo("410304");
        assertThat(ExportRequest.chainCode("4103")).isEqualTo("4103");
        assertThat(ExportRequest.chainCode("41")).isEqualTo("41");
    }

    @Test
    void parsesYearRegionAndInstants() {
        ExportRequest request = ExportRequest.of("2022", "410300", "2022-02-18T08:30:00Z", "2022-12-31T16:00:00+08:00");
        assertThat(request).isEqualTo(new ExportRequest(2022, "4103", Instant.parse("2022-02-18T08:30:00Z"),
                Instant.parse("2022-12-31T08:00:00Z")));
        assertThat(ExportRequest.of("2022", null, null, null).key()).isEqualTo("2022|null|null|null");
    }

    @Test
    void namesEveryMalformedParameterAtOnce() {
        assertThatThrownBy(() -> ExportRequest.of("22", "4103x", "yesterday", "2022-13-01T00:00:00Z"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).extracting(FieldError::pointer).containsExactly("year", "region", "since", "asOf");
                });
    }
}
