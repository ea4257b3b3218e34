package tech.arcp.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimesTest {
    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void formatsWithMillisecondsAndZ() {
        assertThat(Times.iso(Instant.parse("2026-11-24T10:30:00Z"))).isEqualTo("2026-11-24T10:30:00.000Z");
        assertThat(Times.iso(Instant.parse("2026-01-02T03:04:05.006789Z"))).isEqualTo("2026-01-02T03:04:05.006Z");
        assertThat(Times.iso(Instant.parse("1969-12-31T23:59:59.999Z"))).isEqualTo("1969-12-31T23:59:59.999Z");
    }

    @Test
    void agreesWithTheFormatterEverywhere() {
        SplittableRandom random = new SplittableRandom(42);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max + 1), random.nextInt(1_000_000_000));
            assertThat(Times.iso(instant)).isEqualTo(REFERENCE.format(instant));
        }
        for (Instant edge : new Instant[] {Instant.EPOCH, Instant.ofEpochSecond(min), Instant.ofEpochSecond(max, 999_999_999),
                Instant.parse("2024-02-29T23:59:59.999Z"), Instant.parse("+10000-01-01T00:00:00Z")}) {
            assertThat(Times.iso(edge)).isEqualTo(REFERENCE.format(edge));
        }
    }
}
