package tech.arcp.registry.rules;

/** String measures as ARCP's Python client applies them: Unicode whitespace trimmed, code points counted. */
public final class Text {
    private Text() {
    }

    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    static boolean isBlank(String s) {
        return strip(s).isEmpty();
    }

    /** Python's {@code str.isspace} for one code point (a superset of Java's whitespace). */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85 || (cp >= 0x1c && cp <= 0x1f);
    }
}
