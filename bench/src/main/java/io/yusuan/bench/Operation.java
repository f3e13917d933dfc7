package io.yusuan.bench;

import java.io.IOException;

/**
 * One thing the benchmark times, by a name the report shows.
 *
 * @param call makes the call once and says how long its HTTP exchanges took, in nanoseconds
 */
record Operation(String name, Call call) {

    @FunctionalInterface
    interface Call {
        long nanos() throws IOException, InterruptedException;
    }
}
