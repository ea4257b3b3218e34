package tech.arcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tech.arcp.login.Argon2PasswordHasher;

class HashPasswordCommandTest {

    @Test
    void printsAnArgon2idHashOfThePasswordOnStdin() throws Exception {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            new HashPasswordCommand().run(null, null);
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        String hash = printed.toString(StandardCharsets.UTF_8).trim();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct");
        assertThat(new Argon2PasswordHasher(8192, 1, 1).verify("correct horse battery", hash)).isTrue();
        assertThat(new Argon2PasswordHasher(8192, 1, 1).verify("wrong", hash)).isFalse();
    }
}
