package io.yusuan.budget.version;

/** Copies a version's lines into another; implemented where the lines are written. */
public interface AdjustmentCopier {

    void copy(long fromVersion, long toVersion);
}
