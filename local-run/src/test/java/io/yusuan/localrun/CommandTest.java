package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void noArgumentStarts() {
        assertThat(Command.parse()).isEqualTo(Command.START);
    }

    @Test
    void namedCommandsParse() {
        assertThat(Command.parse("start")).isEqualTo(Command.START);
        assertThat(Command.parse("stop")).isEqualTo(Command.STOP);
        assertThat(Command.parse("STOP")).isEqualTo(Command.STOP);
        assertThat(Command.parse("help")).isEqualTo(Command.HELP);
        assertThat(Command.parse("--help")).isEqualTo(Command.HELP);
        assertThat(Command.parse("-h")).isEqualTo(Command.HELP);
    }

    @Test
    void tokenTakesItsArgumentsAfterIt() {
        assertThat(Command.parse("token", "budget-editor", "410304", "141")).isEqualTo(Command.TOKEN);
        assertThat(Command.USAGE).contains("token ROLE REGION [DEPARTMENT]");
    }

    @Test
    void unknownCommandIsRefused() {
        assertThatThrownBy(() -> Command.parse("restart"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown command: restart");
    }

    @Test
    void moreThanOneCommandIsRefused() {
        assertThatThrownBy(() -> Command.parse("start", "stop"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected one command, got: start stop");
    }

    @Test
    void usageNamesThePostgresPort() {
        assertThat(Command.USAGE).contains("54329").contains("YUSUAN_PG_PORT");
    }
}
