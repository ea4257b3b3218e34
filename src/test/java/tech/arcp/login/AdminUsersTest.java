package tech.arcp.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AdminUsersTest {
    private final PasswordHasher hasher = new Argon2PasswordHasher(8192, 1, 1);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(AdminUsers.class);

    @BeforeEach
    void captureLogs() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logs);
    }

    private static AdminUserFactory admin(String username, String password, String hash) throws Exception {
        return new ObjectMapper().readValue(String.format("{\"username\":\"%s\",\"password\":\"%s\",\"passwordHash\":\"%s\"}",
                username, password, hash), AdminUserFactory.class);
    }

    @Test
    void plainPasswordIsHashedAndChecked() throws Exception {
        AdminCredentials credentials = AdminUsers.build(List.of(admin("ARCP", "pw-123456", "")), hasher);
        assertThat(credentials.check("ARCP", "pw-123456")).contains("ARCP");
        assertThat(credentials.check("ARCP", "wrong")).isEmpty();
        assertThat(credentials.check("nobody", "pw-123456")).isEmpty();
        assertThat(logs.list).isEmpty();
    }

    @Test
    void encodedHashIsUsedAsIs() throws Exception {
        String hash = hasher.hash("from-hash");
        AdminCredentials credentials = AdminUsers.build(List.of(admin("ARCP", "", hash)), hasher);
        assertThat(credentials.check("ARCP", "from-hash")).contains("ARCP");
    }

    @Test
    void missingPasswordIsGeneratedAndLoggedOnceAtWarn() throws Exception {
        AdminCredentials credentials = AdminUsers.build(List.of(admin("ARCP", "", "")), hasher);
        assertThat(logs.list).hasSize(1);
        ILoggingEvent event = logs.list.get(0);
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getFormattedMessage()).contains("GENERATED").contains("'ARCP'");
        String generated = event.getArgumentArray()[1].toString();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(32);
        assertThat(credentials.check("ARCP", generated)).contains("ARCP");
    }

    @Test
    void nonArgonHashIsRefusedAtStart() throws Exception {
        AdminUserFactory md5 = admin("ARCP", "", "5f4dcc3b5aa765d61d8327deb882cf99");
        assertThatThrownBy(() -> AdminUsers.build(List.of(md5), hasher))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hash-password")
                .hasMessageNotContaining("5f4dcc3b");
    }

    @Test
    void duplicateUserIsRefused() throws Exception {
        assertThatThrownBy(() -> AdminUsers.build(List.of(admin("a", "x", ""), admin("a", "y", "")), hasher))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
