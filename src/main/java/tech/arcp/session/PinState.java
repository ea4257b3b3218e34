package tech.arcp.session;

/**
 * The step-up PIN of one session: its slow salted hash (never the PIN), whether it was verified,
 * and the wrong attempts so far.
 */
public record PinState(String hash, boolean verified, int failures) {
    public static final PinState NONE = new PinState(null, false, 0);

    public boolean isSet() {
        return hash != null;
    }

    public PinState withHash(String newHash) {
        return new PinState(newHash, false, failures);
    }

    public PinState verifiedNow() {
        return new PinState(hash, true, failures);
    }

    public PinState withFailure() {
        return new PinState(hash, verified, failures + 1);
    }
}
