package io.yusuan.budget.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.problem.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VintageTest {

    @Test
    void neitherVersionNorAsOfIsTheCurrentVersion() {
        Vintage current = Vintage.of(null, null);
        assertThat(current.number()).isNull();
        assertThat(current.asOf()).isNull();
        assertThat(current.addressed()).isFalse();
    }

    @Test
    void aVersionByNumberIsAddressed() {
        assertThat(Vintage.of(2, null).addressed()).isTrue();
        assertThat(Vintage.of(2, "").number()).isEqualTo(2);
    }

    @Test
    void asOfIsAnInstantInUtcOrWithAnOffsetAndIsNotAddressed() {
        assertThat(Vintage.of(null, "2022-02-21T00:00:00Z").asOf()).isEqualTo(Instant.parse("2022-02-21T00:00:00Z"));
        assertThat(Vintage.of(null, "2022-02-21T08:00:00+08:00").asOf()).isEqualTo(Instant.parse("2022-02-21T00:00:00Z"));
        assertThat(Vintage.of(null, "2022-02-21T00:00:00.123456Z").asOf())
                .isEqualTo(Instant.parse("2022-02-21T00:00:00.123456Z"));
        assertThat(Vintage.of(null, "2022-02-21T00:00:00Z").addressed()).isFalse();
    }

    @Test
    void versionAndAsOfTogetherAreABadRequest() {
        assertThatThrownBy(() -> Vintage.of(1, "2022-02-21T00:00:00Z")).isInstanceOfSatisfying(ProblemException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.pointer()).isEqualTo("version"));
                });
    }

    @Test
    void anAsOfThatIsNoInstantIsABadRequestNamingIt() {
        for (String wrong : new String[] {"2022-02-21", "yesterday", "2022-02-21T00:00:00"}) {
            assertThatThrownBy(() -> Vintage.of(null, wrong)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.getMessage()).contains(wrong);
                assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.pointer()).isEqualTo("asOf"));
            });
        }
    }
}
