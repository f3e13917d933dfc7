package io.yusuan.http.input;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yusuan.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void wellFormedUtf8IsAccepted() {
        assertThatCode(() -> StrictUtf8.check("{\"name\":\"财政局 ok\"}".getBytes(StandardCharsets.UTF_8)))
                .doesNotThrowAnyException();
    }

    @Test
    void anOverlongEncodingIsRefusedWithItsOffset() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        assertThatThrownBy(() -> StrictUtf8.check(body)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("not well-formed UTF-8").hasMessageContaining("byte 6")
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(400);
    }

    @Test
    void aStrayContinuationByteIsRefused() {
        byte[] body = {'2', '0', '1', ',', (byte) 0x80, ','};
        assertThatThrownBy(() -> StrictUtf8.check(body)).isInstanceOf(ProblemException.class);
    }
}
