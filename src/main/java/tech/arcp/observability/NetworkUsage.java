package tech.arcp.observability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Network utilization from {@code /proc/net/dev}: bytes received and sent on every interface but
 * loopback since the previous reading, per second, as a percentage of the link capacity
 * ({@code prometheus.networkCapacityMbps}). The first reading, and any machine without
 * {@code /proc/net/dev}, gives 0.
 */
public final class NetworkUsage {
    private final Path procNetDev;
    private final double capacityBytesPerSecond;
    private final LongSupplier nanoTime;
    private long lastBytes = -1;
    private long lastNanos;

    public NetworkUsage(Path procNetDev, long capacityMbps, LongSupplier nanoTime) {
        this.procNetDev = procNetDev;
        this.capacityBytesPerSecond = capacityMbps * 1_000_000.0 / 8;
        this.nanoTime = nanoTime;
    }

    public synchronized double utilizationPercent() {
        long bytes = totalBytes();
        long now = nanoTime.getAsLong();
        double result = 0;
        if (bytes >= 0 && lastBytes >= 0 && now - lastNanos > 0 && bytes >= lastBytes) {
            double perSecond = (bytes - lastBytes) * 1e9 / (now - lastNanos);
            result = SystemGauges.percent(perSecond, capacityBytesPerSecond);
        }
        lastBytes = bytes;
        lastNanos = now;
        return result;
    }

    /** Received plus sent bytes of all non-loopback interfaces; -1 when unreadable. */
    long totalBytes() {
        try {
            return sum(Files.readAllLines(procNetDev, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long sum(List<String> lines) {
        long total = 0;
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0 || line.substring(0, colon).trim().equals("lo")) {
                continue; // the two header lines, and loopback
            }
            String[] fields = line.substring(colon + 1).trim().split("\\s+");
            total += Long.parseLong(fields[0]) + Long.parseLong(fields[8]); // rx bytes, tx bytes
        }
        return total;
    }
}
