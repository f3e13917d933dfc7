package io.yusuan.http.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeLimitsTest {

    private final SizeLimits limits = new SizeLimits(8192, 1000);

    @Test
    void aRequestWithinTheLimitsPasses() {
        assertThat(limits.excess("/api/v1/schemes", null)).isEmpty();
        assertThat(limits.excess("/" + "a".repeat(8191), "1000")).isEmpty();
    }

    @Test
    void aUriOverTheLimitIs414AndSaysTheLimitWithoutEchoingTheUri() {
        String uri = "/api/v1/schemes?q=" + "x".repeat(9000);

        assertThat(limits.excess(uri, null)).hasValueSatisfying(excess -> {
            assertThat(excess.status()).isEqualTo(414);
            assertThat(excess.detail()).contains("8192").doesNotContain("xxxx");
        });
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413() {
        assertThat(limits.excess("/load", "1001")).hasValueSatisfying(excess -> {
            assertThat(excess.status()).isEqualTo(413);
            assertThat(excess.detail()).contains("at most 1000 bytes");
        });
    }

    @Test
    void aContentLengthThatIsNoNumberIs400() {
        assertThat(limits.excess("/load", "lots")).hasValueSatisfying(excess -> assertThat(excess.status())
                .isEqualTo(400));
    }
}
