package io.yusuan.localrun;

/** Demo data could not be loaded; the message names the call and quotes the service's answer. */
public final class DemoDataException extends RuntimeException {

    DemoDataException(String message) {
        super(message);
    }

    DemoDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
