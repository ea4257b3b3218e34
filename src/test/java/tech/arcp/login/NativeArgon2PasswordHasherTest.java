package tech.arcp.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.mkammerer.argon2.Argon2Factory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * libargon2 through argon2-jvm: loads here (CI runs on Linux x86-64, whose library the jar
 * bundles), hashes and verifies, and reads and writes the same PHC strings as the Java code.
 */
class NativeArgon2PasswordHasherTest {
    private static final int MEMORY_KIB = 8192;
    private static PasswordHasher nativeHasher;
    private final PasswordHasher javaHasher = new Argon2PasswordHasher(MEMORY_KIB, 1, 1);

    @BeforeAll
    static void load() {
        NativeArgon2PasswordHasher.Loaded loaded = NativeArgon2PasswordHasher.load(MEMORY_KIB, 1, 1);
        boolean bundledPlatform = System.getProperty("os.name").startsWith("Linux")
                && System.getProperty("os.arch").matches("amd64|x86_64|aarch64");
        if (bundledPlatform) {
            assertThat(loaded.hasher()).as("libargon2 on %s: %s", System.getProperty("os.arch"), loaded.detail())
                    .isPresent();
        }
        assumeTrue(loaded.hasher().isPresent(), loaded.detail());
        nativeHasher = loaded.hasher().get();
    }

    @Test
    void hashesWithTheConfiguredCostAndVerifies() {
        String hash = nativeHasher.hash("correct horse battery");
        assertThat(hash).startsWith("$argon2id$v=19$m=8192,t=1,p=1$");
        assertThat(nativeHasher.verify("correct horse battery", hash)).isTrue();
        assertThat(nativeHasher.verify("correct horse batterY", hash)).isFalse();
        assertThat(nativeHasher.hash("correct horse battery")).as("fresh salt").isNotEqualTo(hash);
    }

    @Test
    void nativeAndJavaHashesVerifyWithEachOther() {
        for (String secret : new String[] {"ascii-secret", "pässwörd ✓ 密码", "1234"}) {
            assertThat(javaHasher.verify(secret, nativeHasher.hash(secret))).as("java reads native: %s", secret).isTrue();
            assertThat(nativeHasher.verify(secret, javaHasher.hash(secret))).as("native reads java: %s", secret).isTrue();
            assertThat(nativeHasher.verify(secret + "x", javaHasher.hash(secret))).isFalse();
        }
    }

    @Test
    void anEmptySecretNeverVerifiesInEither() {
        assertThat(nativeHasher.verify("", nativeHasher.hash(""))).isFalse();
        assertThat(javaHasher.verify("", nativeHasher.hash(""))).isFalse();
    }

    @Test
    void malformedHashesAreFalseNotErrors() {
        String good = nativeHasher.hash("secret");
        for (String bad : new String[] {null, "", "plain", "$argon2id$", "$argon2id$v=19$m=8192,t=1,p=1$!!!$???",
                good.substring(0, good.length() - 5), good.replace("m=8192", "m=99999999999"), "$2a$10$bcrypt"}) {
            assertThat(nativeHasher.verify("secret", bad)).as("%s", bad).isFalse();
        }
    }

    @Test
    void otherArgon2VariantsStillVerify() {
        String argon2i = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2i)
                .hash(1, MEMORY_KIB, 1, "legacy".toCharArray(), StandardCharsets.UTF_8);
        assertThat(argon2i).startsWith("$argon2i$");
        assertThat(nativeHasher.verify("legacy", argon2i)).isTrue();
        assertThat(nativeHasher.verify("other", argon2i)).isFalse();
    }

    @Test
    void theEngineSettingChoosesTheCode() throws Exception {
        assertThat(factory("{memoryKiB: 8192, iterations: 1}").engine()).isInstanceOf(NativeArgon2PasswordHasher.class);
        assertThat(factory("{memoryKiB: 8192, iterations: 1, engine: native}").engine())
                .isInstanceOf(NativeArgon2PasswordHasher.class);
        assertThat(factory("{memoryKiB: 8192, iterations: 1, engine: java}").engine())
                .isInstanceOf(Argon2PasswordHasher.class);
        assertThat(factory("{memoryKiB: 8192, iterations: 1}").build().engine()).isEqualTo("libargon2 (native)");
        assertThat(factory("{memoryKiB: 8192, iterations: 1, engine: java}").build().engine())
                .isEqualTo("Java (BouncyCastle)");
        assertThatThrownBy(() -> factory("{engine: assembly}")).hasMessageContaining("assembly");
    }

    private static PasswordHashingFactory factory(String yaml) throws Exception {
        ObjectMapper mapper = Jackson.newObjectMapper(new YAMLFactory());
        PasswordHashingFactory factory = mapper.readValue(yaml, PasswordHashingFactory.class);
        assertThat(Validators.newValidator().validate(factory)).isEmpty();
        return factory;
    }
}
