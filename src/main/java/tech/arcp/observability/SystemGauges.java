package tech.arcp.observability;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ARCP's four {@code arcp.system.*_utilization_percent} gauges (0–100): CPU and memory from the
 * JVM's OS MXBean, disk from the file store of the working directory, network from
 * {@link NetworkUsage}. A value that cannot be read is 0.
 */
public final class SystemGauges {
    private final com.sun.management.OperatingSystemMXBean os;
    private final Path workingDirectory;
    private final NetworkUsage network;

    public SystemGauges(Path workingDirectory, NetworkUsage network) {
        this.os = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
        this.workingDirectory = workingDirectory;
        this.network = network;
    }

    public void register(MetricRegistry registry) {
        registry.register(MetricNames.systemUtilization("cpu"), (Gauge<Double>) this::cpu);
        registry.register(MetricNames.systemUtilization("memory"), (Gauge<Double>) this::memory);
        registry.register(MetricNames.systemUtilization("disk"), (Gauge<Double>) this::disk);
        registry.register(MetricNames.systemUtilization("network"), (Gauge<Double>) network::utilizationPercent);
    }

    /** Recent CPU use of the whole machine. */
    public double cpu() {
        return percent(os.getCpuLoad(), 1.0);
    }

    /** Physical memory in use (total less free). */
    public double memory() {
        long total = os.getTotalMemorySize();
        return percent(total - os.getFreeMemorySize(), total);
    }

    /** Space used on the working directory's file store, as {@code df} counts it. */
    public double disk() {
        try {
            FileStore store = Files.getFileStore(workingDirectory);
            long used = store.getTotalSpace() - store.getUnallocatedSpace();
            return percent(used, used + store.getUsableSpace());
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    static double percent(double part, double whole) {
        if (!(whole > 0) || !(part >= 0)) {
            return 0;
        }
        return Math.min(100.0, 100.0 * part / whole);
    }
}
