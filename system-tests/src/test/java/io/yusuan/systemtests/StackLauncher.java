package io.yusuan.systemtests;

import io.yusuan.localrun.LocalStack;
import io.yusuan.localrun.Service;
import io.yusuan.localrun.StackSettings;
import java.nio.file.Path;

/**
 * A launcher as {@code ./run} is one: a JVM that starts a {@link LocalStack} and keeps it running until it is stopped,
 * for {@link LauncherKilledIT} to kill with SIGKILL. On free ports, with the data, logs and key under the folder given
 * as its argument. Prints {@code READY} and the three base URLs once every service is ready.
 */
public final class StackLauncher {

    private StackLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[0]);
        LocalStack stack = new LocalStack(StackSettings.onFreePorts(LocalStackExtension.projectRoot(),
                folder.resolve("pgdata"), folder.resolve("logs"), folder.resolve("jwt")), System.out::println);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        stack.start();
        System.out.println("READY " + stack.baseUrl(Service.CATALOG) + " " + stack.baseUrl(Service.BUDGET) + " "
                + stack.baseUrl(Service.PERFORMANCE));
        System.out.flush();
        Thread.currentThread().join();
    }
}
