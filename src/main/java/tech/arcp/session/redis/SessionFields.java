package tech.arcp.session.redis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.arcp.session.Fingerprint;
import tech.arcp.session.PinState;
import tech.arcp.session.Session;
import tech.arcp.session.SessionKey;

/**
 * A session as the fields of its Redis hash. Ticks are kept as decimal strings (exact); the PIN
 * state is one field {@code "<verified 0|1>|<failures>|<hash>"} so that it changes atomically.
 */
final class SessionFields {
    private SessionFields() {
    }

    /** Field/value pairs for HSET. */
    static List<String> encode(Session s) {
        List<String> out = new ArrayList<>(18);
        add(out, "id", Long.toString(s.idBits()));
        add(out, "user", s.user());
        add(out, "fp", s.fingerprint().encoded());
        add(out, "cms", Long.toString(s.createdAtMillis()));
        add(out, "ct", Long.toString(s.createdTick()));
        add(out, "la", Long.toString(s.lastAccessTick()));
        add(out, "ip", s.clientIp() == null ? "" : s.clientIp());
        add(out, "ua", s.userAgent() == null ? "" : s.userAgent());
        add(out, "pin", encodePin(s.pin()));
        return out;
    }

    /** The session stored under {@code key} from an HGETALL reply (a flat list of names and values). */
    static Session decode(SessionKey key, Object hgetall) {
        Map<String, String> f = asMap(hgetall);
        return new Session(key, Long.parseLong(f.get("id")), f.get("user"), Fingerprint.decode(f.get("fp")),
                Long.parseLong(f.get("cms")), Long.parseLong(f.get("ct")), Long.parseLong(f.get("la")),
                f.get("ip"), f.get("ua"), decodePin(f.get("pin")));
    }

    static String encodePin(PinState pin) {
        return (pin.verified() ? "1" : "0") + "|" + pin.failures() + "|" + (pin.hash() == null ? "" : pin.hash());
    }

    static PinState decodePin(String value) {
        String[] parts = value.split("\\|", 3);
        String hash = parts[2].isEmpty() ? null : parts[2];
        return new PinState(hash, "1".equals(parts[0]), Integer.parseInt(parts[1]));
    }

    private static Map<String, String> asMap(Object hgetall) {
        List<?> flat = (List<?>) hgetall;
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            map.put(String.valueOf(flat.get(i)), String.valueOf(flat.get(i + 1)));
        }
        return map;
    }

    private static void add(List<String> out, String name, String value) {
        out.add(name);
        out.add(value);
    }
}
