package io.yusuan.catalog.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadCachingTest {

    @Test
    void addsAcceptToVaryWithoutDroppingWhatIsThere() {
        assertThat(ReadCaching.varyingByAccept(null)).isEqualTo("Accept");
        assertThat(ReadCaching.varyingByAccept("Origin")).isEqualTo("Origin, Accept");
        assertThat(ReadCaching.varyingByAccept("Accept-Encoding")).isEqualTo("Accept-Encoding, Accept");
        assertThat(ReadCaching.varyingByAccept("Origin, accept")).isEqualTo("Origin, accept");
    }
}
