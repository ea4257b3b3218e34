package tech.arcp.session.caffeine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tech.arcp.session.Session;
import tech.arcp.session.SessionKey;

/**
 * The keys of each user's sessions. Changes to one user's set run inside
 * {@link ConcurrentHashMap#compute}, which serialises them per user and makes the limit atomic;
 * nothing inside a compute calls back into a cache other than for quiet, lock-free reads.
 */
final class UserIndex {
    private final ConcurrentHashMap<String, Set<SessionKey>> byUser = new ConcurrentHashMap<>();

    /**
     * Adds a session and removes from the index the least recently used sessions over {@code max};
     * returns their keys, for the caller to end outside the lock.
     */
    List<SessionKey> add(Session session, int max, Function<SessionKey, Session> quietLookup) {
        List<SessionKey> victims = new ArrayList<>();
        byUser.compute(session.user(), (user, keys) -> {
            Set<SessionKey> set = keys == null ? ConcurrentHashMap.newKeySet() : keys;
            set.add(session.key());
            while (set.size() > max) {
                SessionKey lru = null;
                long lruTick = 0;
                for (SessionKey key : set) {
                    Session s = key.equals(session.key()) ? null : quietLookup.apply(key);
                    if (s == null && !key.equals(session.key())) {
                        lru = key; // already gone: drop it without ending anything
                        break;
                    }
                    if (s != null && (lru == null || s.lastAccessTick() - lruTick < 0)) {
                        lru = key;
                        lruTick = s.lastAccessTick();
                    }
                }
                set.remove(lru);
                if (quietLookup.apply(lru) != null) {
                    victims.add(lru);
                }
            }
            return set;
        });
        return victims;
    }

    void remove(Session session) {
        byUser.computeIfPresent(session.user(), (user, set) -> {
            set.remove(session.key());
            return set.isEmpty() ? null : set;
        });
    }

    void replace(String user, SessionKey from, SessionKey to) {
        byUser.compute(user, (u, keys) -> {
            Set<SessionKey> set = keys == null ? ConcurrentHashMap.newKeySet() : keys;
            set.remove(from);
            set.add(to);
            return set;
        });
    }

    List<SessionKey> keysOf(String user) {
        Set<SessionKey> set = byUser.get(user);
        return set == null ? List.of() : List.copyOf(set);
    }

    long userCount() {
        return byUser.size();
    }
}
