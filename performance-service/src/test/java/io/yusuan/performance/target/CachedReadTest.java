package io.yusuan.performance.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CachedReadTest {

    @Test
    void theSameRevisionsAndPartsGiveTheSameTag() {
        assertThat(CachedRead.tag("7.1.0", "table-12", "text/csv")).isEqualTo(CachedRead.tag("7.1.0", "table-12", "text/csv"));
    }

    @Test
    void aNewRevisionAnotherMediaTypeOrAnotherQueryGiveAnotherTag() {
        String tag = CachedRead.tag("7.1.0", "table-12", "text/csv").getValue();
        assertThat(CachedRead.tag("7.2.0", "table-12", "text/csv").getValue()).isNotEqualTo(tag);
        assertThat(CachedRead.tag("7.1.0", "table-12", "application/json").getValue()).isNotEqualTo(tag);
        assertThat(CachedRead.tag("7.1.0", "table-13", "text/csv").getValue()).isNotEqualTo(tag);
    }

    @Test
    void partsAreSeparatedSoThatTheirBoundaryCounts() {
        assertThat(CachedRead.tag("s", "ab", "c")).isNotEqualTo(CachedRead.tag("s", "a", "bc"));
    }

    @Test
    void theTagIsStrong() {
        assertThat(CachedRead.tag("7.1.0").isWeak()).isFalse();
    }
}
