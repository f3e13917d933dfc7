package io.yusuan.localrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the local run starts each service's JVM: bounded memory, chosen from measurement (README "Memory, replicas and
 * Kubernetes"). Unbounded, a JVM sizes its heap from the whole machine (a quarter of it), so one service reached
 * 1.6 GB after a few minutes of table, XLSX and export reads; bounded, each stays under 200 MB at rest.
 *
 * <p>The serial collector: a heap of a few hundred megabytes on two cores gains nothing from parallel or concurrent
 * collection and its bookkeeping costs memory. The heap starts small and grows only as far as a request needs; the
 * metaspace (80–112 MB of classes once warm), the code cache, thread stacks and direct buffers have bounds of their own.
 * The JIT keeps both compilers: a table read must stay fast.
 */
public final class JvmOptions {

    /**
     * Vert.x refuses a malformed URI (bad percent-encoding) itself, with an empty 400, unless told not to; then
     * problem-details' own check answers it as problem+json. A system property read once, so it goes on the command line.
     */
    static final String URI_CHECK_BY_SERVICE = "-Dvertx.disableURIValidation=true";

    /**
     * glibc may open up to eight malloc arenas per core, each reserving 64 MB, and keeps what is freed in each; two
     * serve these services as well and keep freed native memory in fewer places. An environment variable of the process.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private JvmOptions() {
    }

    /** The options for {@code service} on the JVM running this. */
    public static List<String> of(Service service) {
        return of(service, Runtime.version());
    }

    /** The options for {@code service} on a JVM of version {@code jvm} (the services run on the launcher's JDK). */
    static List<String> of(Service service, Runtime.Version jvm) {
        List<String> options = new ArrayList<>(List.of(URI_CHECK_BY_SERVICE,
                "-XX:+UseSerialGC",
                "-Xms16m",
                "-Xmx" + maxHeapMegabytes(service) + "m",
                // give back heap after a burst rather than keep it committed (the JVM's defaults are 40 and 70 %)
                "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30",
                "-XX:MaxMetaspaceSize=" + maxMetaspaceMegabytes(service) + "m",
                "-XX:ReservedCodeCacheSize=64m",
                "-Xss512k",
                "-XX:MaxDirectMemorySize=" + maxDirectMegabytes(service) + "m"));
        if (trimsNativeHeap(jvm)) {
            // the C2 compiler and class loading free much native memory that glibc would otherwise keep: ~20 MB at rest
            options.add("-XX:TrimNativeHeapInterval=10000");
        }
        return List.copyOf(options);
    }

    /**
     * budget-service parses a whole budget package of up to 32 MB (its body limit) at once: a 22 MB package of 99,000
     * lines was parsed with a 448 MB heap, a 28 MB one did not fit in 384 MB. The other two never hold more than a few
     * megabytes per request.
     */
    static int maxHeapMegabytes(Service service) {
        return service == Service.BUDGET ? 512 : 160;
    }

    /** The classes each loads, measured once warm (catalog 79, budget 112, performance 100 MB), with room to spare. */
    static int maxMetaspaceMegabytes(Service service) {
        return switch (service) {
            case CATALOG -> 128;
            case BUDGET -> 192;
            case PERFORMANCE -> 160;
        };
    }

    /** Netty's buffers for request and answer bodies; budget-service's take a package of up to 32 MB. */
    static int maxDirectMegabytes(Service service) {
        return service == Service.BUDGET ? 64 : 32;
    }

    /** -XX:TrimNativeHeapInterval came with JDK 22 and was backported to 17.0.9 and 21.0.1; an older JVM refuses it. */
    static boolean trimsNativeHeap(Runtime.Version jvm) {
        int feature = jvm.feature();
        return feature >= 22 || (feature == 21 && jvm.update() >= 1) || (feature == 17 && jvm.update() >= 9);
    }
}
