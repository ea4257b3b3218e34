package tech.arcp.login;

import java.util.Map;
import java.util.Optional;

/**
 * The admin users and their password hashes. {@link #check} costs one hash verification whether
 * or not the user exists: an unknown user is verified against a dummy hash of the same algorithm
 * and cost, so response times do not reveal which user names exist.
 */
public final class AdminCredentials {
    private final Map<String, String> hashes;
    private final PasswordHasher hasher;
    private final String dummyHash;

    public AdminCredentials(Map<String, String> hashes, PasswordHasher hasher) {
        this.hashes = Map.copyOf(hashes);
        this.hasher = hasher;
        this.dummyHash = hasher.hash(Passwords.generate());
    }

    /** Whether {@code username} is a configured admin (for logging only: it takes no hashing time). */
    public boolean knows(String username) {
        return username != null && hashes.containsKey(username);
    }

    /** The user name when the password is right; empty otherwise (unknown user or wrong password). */
    public Optional<String> check(String username, CharSequence password) {
        String hash = hashes.get(username);
        boolean ok = hasher.verify(password, hash == null ? dummyHash : hash);
        return ok && hash != null ? Optional.of(username) : Optional.empty();
    }
}
