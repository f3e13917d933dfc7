package io.yusuan.localrun;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** {@code java -jar local-run/target/local-run.jar [start|stop|help]}; see {@link Command#USAGE}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args));
    }

    private static int run(String[] args) throws InterruptedException {
        Command command;
        try {
            command = Command.parse(args);
        } catch (IllegalArgumentException e) {
            return refused(e, Command.USAGE);
        }
        try {
            Path root = ProjectRoot.locate(codeLocation(), Path.of(""));
            return switch (command) {
                case START -> new StartCommand(root, System.getenv(), System.out).run();
                case STOP -> new StopCommand(root, System.out).run();
                case TOKEN -> token(root, Arrays.asList(args).subList(1, args.length));
                case HELP -> {
                    System.out.println(Command.USAGE);
                    yield 0;
                }
            };
        } catch (IOException e) {
            System.err.println("Yusuan: " + e);
            return 1;
        }
    }

    private static int token(Path root, List<String> arguments) {
        TokenCommand command;
        try {
            command = TokenCommand.parse(arguments);
        } catch (IllegalArgumentException e) {
            return refused(e, TokenCommand.USAGE);
        }
        return command.run(root, System.out);
    }

    /** A wrong argument is told with the usage that explains it, and exit status 2. */
    private static int refused(IllegalArgumentException e, String usage) {
        System.err.println(e.getMessage());
        System.err.println(usage);
        return 2;
    }

    private static Path codeLocation() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot tell where local-run's code is", e);
        }
    }
}
