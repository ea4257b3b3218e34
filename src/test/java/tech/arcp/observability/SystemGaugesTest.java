package tech.arcp.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemGaugesTest {
    private static final String HEADER = "Inter-|   Receive                |  Transmit\n"
            + " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets\n";

    @TempDir
    Path dir;

    private static String dev(long ethRx, long ethTx) {
        return HEADER
                + "    lo: 900000 10 0 0 0 0 0 0 900000 10 0 0 0 0 0 0\n"
                + "  eth0: " + ethRx + " 10 0 0 0 0 0 0 " + ethTx + " 10 0 0 0 0 0 0\n";
    }

    @Test
    void networkIsTheNonLoopbackByteRateAsAShareOfCapacity() throws IOException {
        Path proc = dir.resolve("dev");
        AtomicLong nanos = new AtomicLong();
        NetworkUsage usage = new NetworkUsage(proc, 8, nanos::get); // 8 Mbit/s = 1,000,000 bytes/s
        Files.writeString(proc, dev(1_000, 2_000));
        assertThat(usage.utilizationPercent()).as("first reading has no delta").isZero();

        Files.writeString(proc, dev(1_000 + 150_000, 2_000 + 100_000));
        nanos.addAndGet(1_000_000_000L);
        assertThat(usage.utilizationPercent()).isEqualTo(25.0);
    }

    @Test
    void networkIsZeroWithoutProcNetDev() {
        NetworkUsage usage = new NetworkUsage(dir.resolve("missing"), 1000, System::nanoTime);
        assertThat(usage.utilizationPercent()).isZero();
        assertThat(usage.utilizationPercent()).isZero();
    }

    @Test
    void sumSkipsHeadersAndLoopback() {
        assertThat(NetworkUsage.sum(List.of(dev(7, 5).split("\n")))).isEqualTo(12);
    }

    @Test
    void cpuMemoryAndDiskArePercentagesOfThisMachine() {
        SystemGauges gauges = new SystemGauges(dir, new NetworkUsage(dir.resolve("none"), 1000, System::nanoTime));
        assertThat(gauges.memory()).isGreaterThan(0).isLessThanOrEqualTo(100);
        assertThat(gauges.disk()).isGreaterThan(0).isLessThanOrEqualTo(100);
        assertThat(gauges.cpu()).isBetween(0.0, 100.0);
    }

    @Test
    void percentIsBoundedAndZeroWhenUnknown() {
        assertThat(SystemGauges.percent(5, 0)).isZero();
        assertThat(SystemGauges.percent(-1, 10)).isZero();
        assertThat(SystemGauges.percent(30, 10)).isEqualTo(100.0);
        assertThat(SystemGauges.percent(Double.NaN, 10)).isZero();
    }
}
