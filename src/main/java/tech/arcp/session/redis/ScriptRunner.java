package tech.arcp.session.redis;

import java.util.List;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionKey;
import tech.arcp.session.SessionPolicy;
import tech.arcp.session.redis.Scripts.Name;

/**
 * Runs the store's scripts with their common arguments: {@code base, hex, now, idle, absolute,
 * channel}, then each script's own. Idle and absolute come from the policy in force at the call.
 */
final class ScriptRunner {
    private final RedisLink link;
    private final Scripts scripts;
    private final RedisKeys keys;
    private final RuntimeSettings policy;

    ScriptRunner(RedisLink link, RedisKeys keys, RuntimeSettings policy) {
        this.link = link;
        this.scripts = link.call(Scripts::new);
        this.keys = keys;
        this.policy = policy;
    }

    /** Runs a script about one session; {@code scriptKeys} are the keys it declares. */
    List<Object> run(Name name, SessionKey key, long now, List<String> extra, String... scriptKeys) {
        SessionPolicy p = policy.get();
        String[] args = new String[6 + extra.size()];
        args[0] = keys.base(key);
        args[1] = key.hex();
        args[2] = Long.toString(now);
        args[3] = Long.toString(p.idleNanos());
        args[4] = Long.toString(p.absoluteNanos());
        args[5] = keys.invalidations();
        for (int i = 0; i < extra.size(); i++) {
            args[6 + i] = extra.get(i);
        }
        return link.call(c -> scripts.run(c, name, scriptKeys, args));
    }

    /** {@code {hex, fields}} of each live session of a user. */
    List<Object> list(int userTag, String user, long now) {
        SessionPolicy p = policy.get();
        return link.call(c -> scripts.run(c, Name.LIST, new String[] {keys.index(userTag, user)},
                keys.base(userTag), Long.toString(now), Long.toString(p.idleNanos()),
                Long.toString(p.absoluteNanos())));
    }
}
