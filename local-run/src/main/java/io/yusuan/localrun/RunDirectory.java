package io.yusuan.localrun;

import java.nio.file.Path;

/**
 * The git-ignored {@code .yusuan} folder of a project, where {@code ./run} keeps what must outlive one run:
 * the database, the logs, the JWT signing key, and the lock and pid files that let {@code ./run stop} find the running instance.
 *
 * @param path the folder itself
 */
record RunDirectory(Path path) {

    static RunDirectory of(Path projectRoot) {
        return new RunDirectory(projectRoot.resolve(".yusuan"));
    }

    Path dataDirectory() {
        return path.resolve("pgdata");
    }

    Path logDirectory() {
        return path.resolve("logs");
    }

    /** The JWT signing key pair, and the editor token each start writes. */
    Path keyDirectory() {
        return path.resolve("jwt");
    }

    /** The demo department's editor token, for trying writes in Swagger UI or with curl; rewritten at each start. */
    Path editorTokenFile() {
        return keyDirectory().resolve("editor.token");
    }

    Path lockFile() {
        return path.resolve("run.lock");
    }

    Path pidFile() {
        return path.resolve("run.pid");
    }
}
