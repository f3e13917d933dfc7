package io.yusuan.localrun;

import java.util.Locale;

/** What {@code java -jar local-run.jar [command]} was asked to do. */
enum Command {
    START,
    STOP,
    TOKEN,
    HELP;

    static final String USAGE = """
            Usage: java -jar local-run/target/local-run.jar [start|stop|token ROLE REGION [DEPARTMENT]|help]
              start  (the default) start PostgreSQL and the three services; Ctrl-C stops them
              stop   stop the Yusuan started from this project folder
              token  print a token of ROLE for REGION (and DEPARTMENT), signed by the local key, valid a day
              help   show this text
            PostgreSQL listens on port %d, or on YUSUAN_PG_PORT if set; the services on 8081, 8082, 8083.
            Data, logs, the JWT signing key and an editor token (.yusuan/jwt/editor.token) are kept under
            .yusuan/ in the project folder."""
            .formatted(StackSettings.DEFAULT_POSTGRES_PORT);

    /**
     * No argument means {@link #START}. Only {@link #TOKEN} takes arguments after it; {@link TokenCommand} reads them.
     *
     * @throws IllegalArgumentException for an unknown command or more than one
     */
    static Command parse(String... args) {
        if (args.length == 0) {
            return START;
        }
        Command command = switch (args[0].toLowerCase(Locale.ROOT)) {
            case "start" -> START;
            case "stop" -> STOP;
            case "token" -> TOKEN;
            case "help", "-h", "--help" -> HELP;
            default -> throw new IllegalArgumentException("Unknown command: " + args[0]);
        };
        if (args.length > 1 && command != TOKEN) {
            throw new IllegalArgumentException("Expected one command, got: " + String.join(" ", args));
        }
        return command;
    }
}
