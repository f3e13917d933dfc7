package io.yusuan.localrun;

/**
 * What one {@link DemoData} step did.
 *
 * @param what    what the step is about, e.g. {@code budget 410304/141/2022 河南省…管理局}
 * @param loaded  whether it loaded anything; false when the data was there already (a second {@code ./run})
 * @param summary what it loaded or found, in one line
 */
public record DemoOutcome(String what, boolean loaded, String summary) {

    @Override
    public String toString() {
        return what + ": " + summary;
    }
}
