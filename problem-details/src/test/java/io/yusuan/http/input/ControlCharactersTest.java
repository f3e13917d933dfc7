package io.yusuan.http.input;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void aNulByteOrAnotherControlCharacterIsFound() {
        assertThat(ControlCharacters.hasControl("14\u00001")).isTrue();
        assertThat(ControlCharacters.hasControl("a\tb")).isTrue();
        assertThat(ControlCharacters.hasControl("\u007f")).isTrue();
    }

    @Test
    void ordinaryCodesAndChineseNamesPass() {
        assertThat(ControlCharacters.hasControl("410304")).isFalse();
        assertThat(ControlCharacters.hasControl("政务服务和大数据管理局 2022")).isFalse();
        assertThat(ControlCharacters.hasControl(null)).isFalse();
    }

    @Test
    void theOffendingQueryParameterIsNamed() {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        parameters.add("unit", "wan");
        parameters.add("q", "\u0000");
        assertThat(ControlCharacters.offending(parameters)).contains("q");
        parameters.remove("q");
        assertThat(ControlCharacters.offending(parameters)).isEmpty();
    }
}
