package tech.arcp.session;

/**
 * The store key of a session: the SHA-256 digest of its token, as four longs, plus the
 * non-secret user tag the token carries (the Redis hash slot of §7).
 *
 * <p>Knowing a key does not give the token; keys may be logged only through {@link #toString()},
 * which prints the public session id derived from the digest.
 */
public record SessionKey(int userTag, long d0, long d1, long d2, long d3) {

    /** The public id a session created with this key carries for its whole life. */
    public long idBits() {
        return d0;
    }

    /** The key as 64 lower-case hex characters (the Redis store's key suffix). */
    public String hex() {
        return String.format("%016x%016x%016x%016x", d0, d1, d2, d3);
    }

    /** The user tag as 8 lower-case hex characters. */
    public String tagHex() {
        return String.format("%08x", userTag);
    }

    @Override
    public String toString() {
        return SessionIds.format(d0);
    }
}
