package io.yusuan.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JvmOptionsTest {

    private static final Runtime.Version RECENT_17 = Runtime.Version.parse("17.0.15");

    @ParameterizedTest(name = "{0} gets a bounded heap, metaspace, code cache and direct memory, and the serial collector")
    @EnumSource(Service.class)
    void everyServiceHasItsMemoryBounded(Service service) {
        assertThat(JvmOptions.of(service, RECENT_17))
                .contains("-XX:+UseSerialGC", "-Xms16m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k")
                .anyMatch(option -> option.matches("-Xmx\\d+m"))
                .anyMatch(option -> option.matches("-XX:MaxMetaspaceSize=\\d+m"))
                .anyMatch(option -> option.matches("-XX:MaxDirectMemorySize=\\d+m"));
    }

    @ParameterizedTest(name = "{0} leaves a malformed URI to problem-details")
    @EnumSource(Service.class)
    void everyServiceLeavesTheUriCheckToTheService(Service service) {
        assertThat(JvmOptions.of(service, RECENT_17)).contains("-Dvertx.disableURIValidation=true");
    }

    @Test
    void budgetServiceHasTheHeapToParseAPackageAtItsBodyLimit() {
        assertThat(JvmOptions.of(Service.BUDGET, RECENT_17)).contains("-Xmx512m");
        assertThat(JvmOptions.of(Service.CATALOG, RECENT_17)).contains("-Xmx160m");
        assertThat(JvmOptions.of(Service.PERFORMANCE, RECENT_17)).contains("-Xmx160m");
    }

    @Test
    void theJitIsNotLimitedToItsFirstTier() {
        for (Service service : Service.values()) {
            assertThat(JvmOptions.of(service, RECENT_17))
                    .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"))
                    .noneMatch(option -> option.startsWith("-Xint"));
        }
    }

    @ParameterizedTest(name = "on {0}, native memory is trimmed: {1}")
    @CsvSource({
        "17.0.8, false",
        "17.0.9, true",
        "17.0.15, true",
        "18.0.2, false",
        "20.0.2, false",
        "21, false",
        "21.0.1, true",
        "22, true",
        "25.0.1, true"})
    void nativeMemoryIsTrimmedOnlyWhereTheJvmKnowsTheOption(String version, boolean trims) {
        assertThat(JvmOptions.of(Service.CATALOG, Runtime.Version.parse(version)).contains("-XX:TrimNativeHeapInterval=10000"))
                .isEqualTo(trims);
    }

    @Test
    void glibcKeepsTwoMallocArenas() {
        assertThat(JvmOptions.ENVIRONMENT).containsEntry("MALLOC_ARENA_MAX", "2");
    }
}
