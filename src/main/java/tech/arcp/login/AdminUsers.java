package tech.arcp.login;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds {@link AdminCredentials} from the {@code admins:} list of the configuration. */
public final class AdminUsers {
    private static final Logger LOG = LoggerFactory.getLogger(AdminUsers.class);

    private AdminUsers() {
    }

    public static AdminCredentials build(List<AdminUserFactory> admins, PasswordHasher hasher) {
        Map<String, String> hashes = new LinkedHashMap<>();
        String reference = hasher.hash("reference");
        for (AdminUserFactory admin : admins) {
            String hash;
            if (!admin.passwordHash().isBlank()) {
                hash = admin.passwordHash().trim();
                if (!hash.startsWith("$argon2id$")) {
                    throw new IllegalArgumentException("admins: passwordHash of user '" + admin.username()
                            + "' is not an Argon2id hash; create one with the hash-password command");
                }
                if (!costOf(hash).equals(costOf(reference))) {
                    LOG.warn("The password hash of admin '{}' uses a different Argon2 cost than `passwords:`;"
                            + " login times may tell this user name apart from unknown ones", admin.username());
                }
            } else if (!admin.password().isEmpty()) {
                hash = hasher.hash(admin.password());
            } else {
                String generated = Passwords.generate();
                hash = hasher.hash(generated);
                LOG.warn("GENERATED admin password for user '{}': {} (set ADMIN_PASSWORD or ADMIN_PASSWORD_HASH"
                        + " to choose one; this password is shown only once)", admin.username(), generated);
            }
            if (hashes.put(admin.username(), hash) != null) {
                throw new IllegalArgumentException("admins: user '" + admin.username() + "' is listed twice");
            }
        }
        return new AdminCredentials(hashes, hasher);
    }

    /** The {@code $argon2id$v=..$m=..,t=..,p=..} prefix of a PHC string. */
    static String costOf(String hash) {
        String[] parts = hash.split("\\$");
        return parts.length > 3 ? parts[1] + "$" + parts[2] + "$" + parts[3] : hash;
    }
}
