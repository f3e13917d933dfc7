package io.yusuan.localrun;

import java.nio.file.Path;

/**
 * Finds the repository root from where this code runs, so that {@code java -jar local-run/target/local-run.jar}
 * finds the services' jars and keeps its {@code .yusuan} folder in the project whatever the current directory.
 */
final class ProjectRoot {

    private ProjectRoot() {
    }

    /**
     * The folder above the module whose {@code target} holds the code: {@code <root>/local-run/target/local-run.jar}
     * and {@code <root>/local-run/target/classes} (an IDE run) both give {@code <root>}. Code anywhere else — a
     * copied jar — has no such root, and the working directory is taken instead.
     */
    static Path locate(Path codeLocation, Path workingDirectory) {
        for (Path path = codeLocation.toAbsolutePath().normalize(); path != null; path = path.getParent()) {
            Path fileName = path.getFileName();
            if (fileName != null && fileName.toString().equals("target")
                    && path.getParent() != null && path.getParent().getParent() != null) {
                return path.getParent().getParent();
            }
        }
        return workingDirectory.toAbsolutePath().normalize();
    }
}
