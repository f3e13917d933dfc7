package io.yusuan.http.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeakIfNoneMatchTest {

    @Test
    void aWeakTagIsComparedAsTheStrongTagItWeakens() {
        assertThat(WeakIfNoneMatch.strengthened("W/\"v1r4-05-wan-government-csv\""))
                .isEqualTo("\"v1r4-05-wan-government-csv\"");
    }

    @Test
    void everyTagOfAListIsStrengthenedAndStrongOnesStayAsTheyAre() {
        assertThat(WeakIfNoneMatch.strengthened("W/\"a\",\"b\" , W/\"c\"")).isEqualTo("\"a\", \"b\", \"c\"");
    }
}
