package tech.arcp.registry.redis;

import tech.arcp.session.SessionKey;

/**
 * The registry's keys under the Redis store's prefix, all with the hash tag {@code {agents}} so
 * that a script may touch several of them on a Redis Cluster:
 * <pre>
 * &lt;prefix&gt;{agents}:a:&lt;agent id&gt;   string  the agent record, JSON; PEXPIRE removeAfter from last seen
 * &lt;prefix&gt;{agents}:ids             set     ids of the records (an id whose record expired is dropped on listing)
 * &lt;prefix&gt;{agents}:tt:&lt;digest hex&gt; string  temp token "deadline|agent id"; PEXPIRE its life
 * &lt;prefix&gt;{agents}:at:&lt;digest hex&gt; string  access token "last use|generation|agent id"; PEXPIRE idle timeout
 * </pre>
 */
record RegistryKeys(String prefix) {

    String agent(String agentId) {
        return prefix + "{agents}:a:" + agentId;
    }

    String ids() {
        return prefix + "{agents}:ids";
    }

    String temp(SessionKey key) {
        return prefix + "{agents}:tt:" + key.hex();
    }

    String access(SessionKey key) {
        return prefix + "{agents}:at:" + key.hex();
    }
}
