package io.yusuan.http.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextValuesTest {

    @Test
    void textWithTabsLineBreaksAndCharactersBeyondTheBasicPlaneIsAccepted() {
        assertThat(TextValues.isRefused("预算\t公开\r\n𝄞")).isFalse();
        assertThat(TextValues.isRefused("")).isFalse();
    }

    @Test
    void c0ControlsAndLoneSurrogatesAreRefused() {
        assertThat(TextValues.isRefused("a\u0000")).isTrue();
        assertThat(TextValues.isRefused("\u001f")).isTrue();
        assertThat(TextValues.isRefused("a\ud834")).isTrue();
        assertThat(TextValues.isRefused("\udd1ea")).isTrue();
        assertThat(TextValues.isRefused("\ud834\ud834\udd1e")).isTrue();
    }
}
