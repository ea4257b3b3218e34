package tech.arcp.session.redis;

import tech.arcp.session.SessionKey;

/**
 * The key layout (works on Redis Cluster: every key one script touches carries the hash tag of
 * its user, {@code {u:<tag>}}, which the token carries too):
 * <pre>
 * &lt;prefix&gt;{u:&lt;tag&gt;}:s:&lt;digest hex&gt;  hash    a live session; PEXPIRE min(idle, absolute - now)
 * &lt;prefix&gt;{u:&lt;tag&gt;}:t:&lt;digest hex&gt;  string  its tombstone "reason|id" (or "live|..." marker while live)
 * &lt;prefix&gt;{u:&lt;tag&gt;}:i:&lt;user&gt;        zset    the user's live session digests, score = last access
 * &lt;prefix&gt;live                        zset    every live session, score = deadline in ms (for size())
 * &lt;prefix&gt;settings                    string  the runtime settings, JSON; also a pub/sub channel
 * &lt;prefix&gt;token-key                   string  generated token MAC key, only when tokens.key is unset
 * &lt;prefix&gt;invalidate                  channel "&lt;base&gt;&lt;digest hex&gt;" of every ended or changed session
 * </pre>
 */
record RedisKeys(String prefix) {
    private static final String TAG_START = "{u:";

    /** {@code <prefix>{u:<tag>}:}, the start of every key of one user. */
    String base(int userTag) {
        return prefix + TAG_START + String.format("%08x", userTag) + "}:";
    }

    String base(SessionKey key) {
        return prefix + TAG_START + key.tagHex() + "}:";
    }

    String session(SessionKey key) {
        return base(key) + "s:" + key.hex();
    }

    String index(int userTag, String user) {
        return base(userTag) + "i:" + user;
    }

    String live() {
        return prefix + "live";
    }

    String settings() {
        return prefix + "settings";
    }

    /** The generated token key shared by the nodes when {@code tokens.key} is unset. */
    String tokenKey() {
        return prefix + "token-key";
    }

    String invalidations() {
        return prefix + "invalidate";
    }

    /** The member of {@link #live()} for a session. */
    String liveMember(SessionKey key) {
        return key.tagHex() + ":" + key.hex();
    }

    /** The key of a session of the user with {@code userTag} whose digest is {@code hex}. */
    SessionKey keyOf(int userTag, String hex) {
        return parseInvalidation(base(userTag) + hex);
    }

    /** The session key named by an invalidation message ({@code <base><hex>}), or null if malformed. */
    SessionKey parseInvalidation(String message) {
        int tag = message.indexOf(TAG_START, prefix.length());
        int end = message.indexOf("}:", tag);
        if (!message.startsWith(prefix) || tag < 0 || end < 0 || message.length() - end - 2 != 64) {
            return null;
        }
        try {
            String hex = message.substring(end + 2);
            long[] d = new long[4];
            for (int i = 0; i < 4; i++) {
                d[i] = Long.parseUnsignedLong(hex.substring(i * 16, i * 16 + 16), 16);
            }
            int userTag = Integer.parseUnsignedInt(message.substring(tag + TAG_START.length(), end), 16);
            return new SessionKey(userTag, d[0], d[1], d[2], d[3]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
