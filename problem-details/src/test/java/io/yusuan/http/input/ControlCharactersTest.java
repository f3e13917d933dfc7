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

    @Test
    void aControlCharacterInTheUndecodedUriIsSeenRawOrEscaped() {
        assertThat(ControlCharacters.mayHoldControl("/api/v1/regions/4103%00/budgets")).isTrue();
        assertThat(ControlCharacters.mayHoldControl("/x?q=a%1fb")).isTrue();
        assertThat(ControlCharacters.mayHoldControl("/x?q=%7F")).isTrue();
        assertThat(ControlCharacters.mayHoldControl("/x?q=%7f")).isTrue();
        assertThat(ControlCharacters.mayHoldControl("/x?q=a\tb")).isTrue();
        assertThat(ControlCharacters.mayHoldControl("/x?q=%0")).isTrue();
    }

    @Test
    void anOrdinaryUriNeedsNoDecoding() {
        assertThat(ControlCharacters.mayHoldControl("/api/v1/regions/410304/departments/141/budgets/2022/tables/05"
                + "?unit=wan&version=1")).isFalse();
        assertThat(ControlCharacters.mayHoldControl("/x?name=%E6%95%99%E8%82%B2%E5%B1%80&a=%20%7E%70+b")).isFalse();
        assertThat(ControlCharacters.mayHoldControl("/x?q=%")).isFalse();
    }
}
