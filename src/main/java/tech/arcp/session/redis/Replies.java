package tech.arcp.session.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.arcp.session.EndReason;
import tech.arcp.session.Fingerprint;
import tech.arcp.session.Lookup;
import tech.arcp.session.PinState;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionKey;

/**
 * Turns script replies into results, and does what follows from them on this node: events for
 * the sessions a script ended, the near cache, and the {@code live} index behind {@code size()}.
 * A reply is a list whose first element says what happened (see each script's header).
 */
final class Replies {
    private static final long NANOS_PER_MS = 1_000_000L;
    private final RedisKeys keys;
    private final LiveIndex live;
    private final SessionEvents events;
    private final NearCache near;
    private final ServerTime time;

    Replies(RedisKeys keys, LiveIndex live, SessionEvents events, NearCache near, ServerTime time) {
        this.keys = keys;
        this.live = live;
        this.events = events;
        this.near = near;
        this.time = time;
    }

    /** The session as stored: created and last accessed at the server's now, which the reply names. */
    Session created(Session session, List<Object> reply) {
        long now = Long.parseLong((String) reply.get(1));
        Session stored = new Session(session.key(), session.idBits(), session.user(), session.fingerprint(),
                Math.floorDiv(now, NANOS_PER_MS), now, now, session.clientIp(), session.userAgent(), session.pin());
        live.add(stored);
        events.created(stored);
        for (Object item : reply.subList(2, reply.size())) {
            List<?> victim = (List<?>) item;
            SessionKey key = keys.keyOf(session.key().userTag(), (String) victim.get(1));
            ended(SessionFields.decode(key, victim.get(2)), EndReason.fromSlug((String) victim.get(0)));
        }
        return stored;
    }

    Lookup lookup(SessionKey key, List<Object> reply, long generation) {
        switch ((String) reply.get(0)) {
            case "live" -> {
                Session session = SessionFields.decode(key, reply.get(1));
                near.put(key, session, time.sample(), generation);
                return new Lookup.Live(session);
            }
            case "expired" -> {
                EndReason reason = expired(key, reply);
                return new Lookup.Ended(reason, SessionFields.decode(key, reply.get(2)).idBits());
            }
            case "tomb" -> {
                return new Lookup.Ended(EndReason.fromSlug((String) reply.get(1)), Long.parseLong((String) reply.get(2)));
            }
            case "vanished" -> {
                return vanished(key, reply);
            }
            default -> {
                return Lookup.UNKNOWN;
            }
        }
    }

    Optional<Session> live(SessionKey key, List<Object> reply, long generation) {
        String status = (String) reply.get(0);
        if ("expired".equals(status)) {
            expired(key, reply);
        }
        if (!"live".equals(status)) {
            return Optional.empty();
        }
        Session session = SessionFields.decode(key, reply.get(1));
        near.put(key, session, time.sample(), generation);
        live.add(session);
        return Optional.of(session);
    }

    Optional<Session> ended(SessionKey key, EndReason reason, List<Object> reply) {
        String status = (String) reply.get(0);
        if ("expired".equals(status)) {
            expired(key, reply);
        }
        if (!"ended".equals(status)) {
            return Optional.empty();
        }
        Session session = SessionFields.decode(key, reply.get(1));
        ended(session, reason);
        return Optional.of(session);
    }

    Optional<Session> moved(SessionKey from, SessionKey to, List<Object> reply) {
        String status = (String) reply.get(0);
        if ("expired".equals(status)) {
            expired(from, reply);
        }
        if (!"moved".equals(status)) {
            return Optional.empty();
        }
        Session session = SessionFields.decode(to, reply.get(1));
        near.invalidate(from);
        live.remove(from);
        live.add(session);
        return Optional.of(session);
    }

    /** The outcome of the update script: done, to be retried (a concurrent change won), or no live session. */
    enum Update { UPDATED, CONFLICT, GONE }

    Update updated(SessionKey key, List<Object> reply) {
        switch ((String) reply.get(0)) {
            case "conflict" -> {
                return Update.CONFLICT;
            }
            case "updated" -> {
                near.invalidate(key);
                return Update.UPDATED;
            }
            case "expired" -> expired(key, reply);
            default -> {
            }
        }
        return Update.GONE;
    }

    List<Session> sessions(int userTag, List<Object> reply) {
        List<Session> sessions = new ArrayList<>();
        for (Object item : reply) {
            List<?> pair = (List<?>) item;
            sessions.add(SessionFields.decode(keys.keyOf(userTag, (String) pair.get(0)), pair.get(1)));
        }
        return sessions;
    }

    private EndReason expired(SessionKey key, List<Object> reply) {
        EndReason reason = EndReason.fromSlug((String) reply.get(1));
        ended(SessionFields.decode(key, reply.get(2)), reason);
        return reason;
    }

    private Lookup vanished(SessionKey key, List<Object> reply) {
        EndReason reason = EndReason.fromSlug((String) reply.get(1));
        long idBits = Long.parseLong((String) reply.get(2));
        long createdTick = Long.parseLong((String) reply.get(3));
        ended(new Session(key, idBits, (String) reply.get(4), new Fingerprint(new byte[0]), 0, createdTick,
                createdTick, "", "", PinState.NONE), reason);
        return new Lookup.Ended(reason, idBits);
    }

    private void ended(Session session, EndReason reason) {
        near.invalidate(session.key());
        live.remove(session.key());
        events.ended(session, reason);
    }
}
