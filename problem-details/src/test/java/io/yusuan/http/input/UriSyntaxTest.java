package io.yusuan.http.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UriSyntaxTest {

    @Test
    void wellFormedUrisPass() {
        assertThat(UriSyntax.isValid("/api/v1/schemes/functional/years/2022/codes?level=3&q=%E8%A1%8C")).isTrue();
        assertThat(UriSyntax.isValid("/api/v1/schemes/%00/years/2022")).isTrue();
    }

    @Test
    void badPercentEncodingAndUnencodedCharactersAreRefused() {
        assertThat(UriSyntax.isValid("/api/v1/%zz")).isFalse();
        assertThat(UriSyntax.isValid("/api/v1/schemes?x=%2")).isFalse();
        assertThat(UriSyntax.isValid("/api/v1/a|b{c}")).isFalse();
        assertThat(UriSyntax.isValid("/api/v1/a b")).isFalse();
    }
}
