package io.yusuan.http.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Unit(String name, List<String> codes, Map<String, String> notes, BigDecimal amount, Object extra) {
    }

    private final ObjectMapper json = strict();

    @Test
    void cleanTextWithTabsLineBreaksAndPairedSurrogatesIsRead() throws Exception {
        Unit unit = json.readValue("{\"name\":\"a\\tb\\nc\\r 𝄞 预算\",\"codes\":[\"141\"]}", Unit.class);

        assertThat(unit.name()).isEqualTo("a\tb\nc\r 𝄞 预算");
        assertThat(unit.codes()).containsExactly("141");
    }

    @Test
    void aNumberOrABooleanWhereTextIsExpectedIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"name\":1}", Unit.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"codes\":[1.5]}", Unit.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"name\":true}", Unit.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aNulInAStringValueIsRefusedAtItsField() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"a\\u0000b\"}", Unit.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getTargetType()).isEqualTo(String.class);
                    assertThat(e.getPath()).extracting(reference -> reference.getFieldName()).containsExactly("name");
                });
    }

    @Test
    void aLoneSurrogateOrAnotherControlCharacterIsRefusedInArraysMapsAndUntypedValues() {
        assertThatThrownBy(() -> json.readValue("{\"codes\":[\"141\",\"\\ud800\"]}", Unit.class))
                .isInstanceOfSatisfying(InvalidFormatException.class,
                        e -> assertThat(e.getPath()).extracting(reference -> reference.getIndex()).contains(1));
        assertThatThrownBy(() -> json.readValue("{\"notes\":{\"a\":\"\\u001b[31m\"}}", Unit.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> json.readValue("{\"notes\":{\"a\\u0000\":\"x\"}}", Unit.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> json.readValue("{\"extra\":[\"\\udc00\"]}", Unit.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"a\",\"name\":\"b\"}", Unit.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void contentAfterTheValueIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"a\"} {\"name\":\"b\"}", Unit.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageStartingWith("Trailing token");
        assertThatThrownBy(() -> json.readValue("{\"name\":\"a\"} garbage", Unit.class))
                .isInstanceOf(JsonParseException.class);
    }

    @Test
    void aHugeNumberAStringOverAMebibyteAndDeepNestingAreRefusedByTheReader() {
        assertThatThrownBy(() -> json.readValue("{\"amount\":1" + "0".repeat(StrictJson.MAX_NUMBER_LENGTH) + "}",
                Unit.class)).hasMessageContaining("exceeds the maximum allowed");
        assertThatThrownBy(() -> json.readValue("{\"name\":\"" + "x".repeat(StrictJson.MAX_STRING_LENGTH + 1) + "\"}",
                Unit.class)).hasMessageContaining("exceeds the maximum allowed");
        int depth = StrictJson.MAX_NESTING_DEPTH + 1;
        assertThatThrownBy(() -> json.readValue("{\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + "}",
                Unit.class)).hasMessageContaining("exceeds the maximum allowed");
    }

    @Test
    void aLongAmountWithinTheLimitIsRead() throws Exception {
        assertThat(json.readValue("{\"amount\":123456789012345.67}", Unit.class).amount())
                .isEqualByComparingTo("123456789012345.67");
    }

    static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
