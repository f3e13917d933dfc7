package io.yusuan.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root, where the services' jars and the shipped code lists are, whatever the current
 * directory: the benchmark runs from {@code <root>/bench/target/bench.jar} or {@code <root>/bench/target/classes}.
 */
final class ProjectLocation {

    private ProjectLocation() {
    }

    static Path root() {
        Path start = codeLocation();
        for (Path path = start; path != null; path = path.getParent()) {
            if (Files.isRegularFile(path.resolve("pom.xml")) && Files.isDirectory(path.resolve("catalog-service"))) {
                return path;
            }
        }
        throw new IllegalStateException("No Yusuan repository above " + start
                + "; run the benchmark from its build, bench/target/bench.jar");
    }

    /** The benchmark's own jar (or classes folder): the class path of a JVM it starts with one of its classes. */
    static Path codeLocation() {
        try {
            return Path.of(ProjectLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot tell where the benchmark's code is", e);
        }
    }
}
