package tech.arcp.testing;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import tech.arcp.session.EndReason;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;

/**
 * Counts session events as the metrics of SPEC §6 do ({@code arcp.sessions.created},
 * {@code arcp.sessions.ended.<reason>}), and checks that each session ends exactly once.
 */
public final class CountingSessionEvents implements SessionEvents {
    public final LongAdder created = new LongAdder();
    public final Map<String, EndReason> endedOnce = new ConcurrentHashMap<>();
    public final AtomicLong duplicateEndings = new AtomicLong();
    private final Map<EndReason, LongAdder> ended = new EnumMap<>(EndReason.class);

    public CountingSessionEvents() {
        for (EndReason r : EndReason.values()) {
            ended.put(r, new LongAdder());
        }
    }

    @Override
    public void created(Session session) {
        created.increment();
    }

    @Override
    public void ended(Session session, EndReason reason) {
        ended.get(reason).increment();
        if (endedOnce.putIfAbsent(session.id(), reason) != null) {
            duplicateEndings.incrementAndGet();
        }
    }

    public long ended(EndReason reason) {
        return ended.get(reason).sum();
    }

    public long endedTotal() {
        return ended.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
