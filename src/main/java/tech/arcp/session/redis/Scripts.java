package tech.arcp.session.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Lua scripts of the store, read once from resources ({@code lib.lua} prepended to each, the
 * body wrapped so that the reply is {@code {server now, reply}}) and run by EVALSHA; a server that does not know a script (restarted, flushed) gets it with SCRIPT
 * LOAD (on every primary, in a cluster) and the call is repeated once.
 */
final class Scripts {
    enum Name { CREATE, FIND, TOUCH, END, ROTATE, UPDATE, LIST }

    private final Map<Name, String> sources = new EnumMap<>(Name.class);
    private final Map<Name, String> digests = new EnumMap<>(Name.class);

    Scripts(RedisClusterCommands<String, String> commands) {
        String lib = read("lib.lua");
        for (Name name : Name.values()) {
            String source = lib + "local function main()\n" + read(name.name().toLowerCase() + ".lua")
                    + "\nend\nlocal reply = main()\nreturn {fmt(NOW), reply}\n";
            sources.put(name, source);
            digests.put(name, commands.digest(source));
        }
    }

    /** Runs a script; its reply is {@code {server now, reply}}, the reply a list led by a status word. */
    List<Object> run(RedisClusterCommands<String, String> commands, Name name, String[] keys, String... args) {
        try {
            return commands.evalsha(digests.get(name), ScriptOutputType.MULTI, keys, args);
        } catch (RedisNoScriptException e) {
            commands.scriptLoad(sources.get(name));
            return commands.evalsha(digests.get(name), ScriptOutputType.MULTI, keys, args);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Scripts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing script resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
