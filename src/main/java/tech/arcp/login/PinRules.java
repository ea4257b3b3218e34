package tech.arcp.login;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.arcp.api.FieldError;
import tech.arcp.api.PinRulesView;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemException;
import tech.arcp.problem.ProblemType;

/**
 * What a session PIN may be: {@code minLength}–{@code maxLength} characters (code points), no
 * control characters, and not weak: not in the list of common PINs and passwords, not one
 * repeated character, not a run of consecutive digits up or down ({@code 2345}, {@code 9876}).
 */
public final class PinRules {
    private static final Set<String> COMMON = Set.of(
            "1212", "1122", "2580", "0852", "1004", "2000", "6969", "696969", "1313", "4444",
            "123123", "121212", "112233", "123321", "654321", "7777777", "1234qwer", "12341234",
            "password", "passw0rd", "password1", "admin", "admin123", "administrator", "root", "toor",
            "letmein", "qwerty", "qwertyuiop", "asdf", "asdfgh", "zxcvbn", "abcd", "abc123", "abcdef",
            "secret", "changeme", "welcome", "default", "guest", "test", "test1234", "iloveyou",
            "monkey", "dragon", "master", "login", "pass", "arcp", "pin1234", "0000000000");

    private final int minLength;
    private final int maxLength;
    private final int maxAttempts;

    public PinRules(int minLength, int maxLength, int maxAttempts) {
        if (minLength < 1 || maxLength < minLength || maxAttempts < 1) {
            throw new IllegalArgumentException("invalid PIN rules");
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.maxAttempts = maxAttempts;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Whether a PIN of this length could have been set (a shorter or longer one is simply wrong). */
    public boolean lengthAllowed(String pin) {
        int length = pin.codePointCount(0, pin.length());
        return length >= minLength && length <= maxLength;
    }

    /**
     * Checks a new PIN.
     *
     * @throws tech.arcp.problem.ProblemException {@code pin-invalid-length} with {@code min_length},
     *         {@code max_length}, {@code provided_length}; {@code validation-failed} for a weak PIN
     */
    public void requireAcceptable(String pin) {
        if (!lengthAllowed(pin)) {
            throw Problem.of(ProblemType.PIN_INVALID_LENGTH,
                            "PIN must be " + minLength + "-" + maxLength + " characters")
                    .with("min_length", minLength).with("max_length", maxLength)
                    .with("provided_length", pin.codePointCount(0, pin.length())).exception();
        }
        if (pin.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid("PIN must not contain control characters");
        }
        if (isWeak(pin)) {
            throw invalid("PIN is too easy to guess; choose a less common one");
        }
    }

    static boolean isWeak(String pin) {
        String lower = pin.toLowerCase(Locale.ROOT);
        return COMMON.contains(lower) || lower.chars().distinct().count() == 1 || isDigitRun(lower, 1)
                || isDigitRun(lower, -1);
    }

    private static boolean isDigitRun(String pin, int step) {
        for (int i = 0; i < pin.length(); i++) {
            char c = pin.charAt(i);
            if (c < '0' || c > '9' || i > 0 && Math.floorMod(c - pin.charAt(i - 1), 10) != Math.floorMod(step, 10)) {
                return false;
            }
        }
        return true;
    }

    /** The rules as shown by {@code GET /dashboard/config}. */
    public PinRulesView describe() {
        return new PinRulesView(minLength, maxLength, maxAttempts);
    }

    private static tech.arcp.problem.ProblemException invalid(String message) {
        return Problem.of(ProblemType.VALIDATION_FAILED, "The request did not pass validation")
                .with("validation_errors", List.of(new FieldError("pin", message)))
                .exception();
    }
}
