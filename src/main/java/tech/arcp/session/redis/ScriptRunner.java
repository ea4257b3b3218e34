package tech.arcp.session.redis;

import java.util.List;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionKey;
import tech.arcp.session.SessionPolicy;
import tech.arcp.session.redis.Scripts.Name;

/**
 * Runs the store's scripts with their common arguments: {@code base, hex, shift, idle, absolute,
 * channel}, then each script's own. Idle and absolute come from the policy in force at the call;
 * "now" is the server's own ({@code TIME}, plus the {@link ServerTime} shift), and the server
 * time each script replies with keeps this node's {@link ServerTime} current.
 */
final class ScriptRunner {
    private final RedisLink link;
    private final Scripts scripts;
    private final RedisKeys keys;
    private final RuntimeSettings policy;
    private final ServerTime time;

    ScriptRunner(RedisLink link, RedisKeys keys, RuntimeSettings policy, ServerTime time) {
        this.link = link;
        this.scripts = link.call(Scripts::new);
        this.keys = keys;
        this.policy = policy;
        this.time = time;
    }

    /** Runs a script about one session; {@code scriptKeys} are the keys it declares. */
    List<Object> run(Name name, SessionKey key, List<String> extra, String... scriptKeys) {
        String[] args = args(key, extra);
        long sentAt = time.monotonic();
        return reply(link.call(c -> scripts.run(c, name, scriptKeys, args)), sentAt);
    }

    /** Runs a script that ends sessions; the replicas of the link confirm its writes, or not. */
    RedisLink.Durable<List<Object>> runDurable(Name name, SessionKey key, List<String> extra, String... scriptKeys) {
        String[] args = args(key, extra);
        long sentAt = time.monotonic();
        RedisLink.Durable<List<Object>> done = link.durable(c -> scripts.run(c, name, scriptKeys, args));
        return new RedisLink.Durable<>(reply(done.result(), sentAt), done.confirmed());
    }

    private String[] args(SessionKey key, List<String> extra) {
        SessionPolicy p = policy.get();
        String[] args = new String[6 + extra.size()];
        args[0] = keys.base(key);
        args[1] = key.hex();
        args[2] = time.shift();
        args[3] = Long.toString(p.idleNanos());
        args[4] = Long.toString(p.absoluteNanos());
        args[5] = keys.invalidations();
        for (int i = 0; i < extra.size(); i++) {
            args[6 + i] = extra.get(i);
        }
        return args;
    }

    /** {@code {hex, fields}} of each live session of a user. */
    List<Object> list(int userTag, String user) {
        SessionPolicy p = policy.get();
        long sentAt = time.monotonic();
        return reply(link.call(c -> scripts.run(c, Name.LIST, new String[] {keys.index(userTag, user)},
                keys.base(userTag), time.shift(), Long.toString(p.idleNanos()), Long.toString(p.absoluteNanos()))),
                sentAt);
    }

    /** The script's own reply; the server time it came with goes to {@link ServerTime}. */
    @SuppressWarnings("unchecked")
    private List<Object> reply(List<Object> wrapped, long sentAt) {
        time.observe(Long.parseLong((String) wrapped.get(0)), sentAt);
        return (List<Object>) wrapped.get(1);
    }
}
