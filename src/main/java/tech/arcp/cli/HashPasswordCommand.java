package tech.arcp.cli;

import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import tech.arcp.login.PasswordHashingFactory;

/**
 * {@code hash-password}: reads a password from stdin (without echo on a terminal) and prints its
 * Argon2id hash for {@code admins[].passwordHash} or {@code ADMIN_PASSWORD_HASH}.
 */
public final class HashPasswordCommand extends Command {

    public HashPasswordCommand() {
        super("hash-password", "Reads a password from stdin and prints its Argon2id hash");
    }

    @Override
    public void configure(Subparser subparser) {
        // no options: the cost is the shipped default of `passwords:`
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        String password = read();
        if (password == null || password.isEmpty()) {
            System.err.println("hash-password: no password on stdin");
            System.exit(2);
            return;
        }
        System.out.println(new PasswordHashingFactory().build().hash(password));
    }

    private static String read() throws java.io.IOException {
        Console console = System.console();
        if (console != null) {
            char[] chars = console.readPassword("Password: ");
            return chars == null ? null : new String(chars);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.readLine();
    }
}
