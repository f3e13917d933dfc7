package io.yusuan.budget.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreshnessTest {

    @Test
    void aPublishedVersionAskedForByNumberIsKeptForAYear() {
        assertThat(Freshness.of(true, true).header()).isEqualTo("public, max-age=31536000, immutable");
        assertThat(Freshness.of(true, true).variesByReader()).isFalse();
    }

    @Test
    void theLatestPublishedIsKeptBrieflyAndRevalidatedForItMovesOnWithTheNextPublication() {
        assertThat(Freshness.of(true, false).header()).isEqualTo("public, max-age=60, must-revalidate");
        assertThat(Freshness.of(true, false).variesByReader()).isTrue();
    }

    @Test
    void aDraftIsNeverStoredHoweverItIsAskedFor() {
        assertThat(Freshness.of(false, true)).isEqualTo(Freshness.UNSTORED);
        assertThat(Freshness.of(false, false).header()).isEqualTo("private, no-store");
    }
}
