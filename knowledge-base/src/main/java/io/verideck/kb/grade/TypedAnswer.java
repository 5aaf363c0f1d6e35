package io.verideck.kb.grade;

/**
 * A typed answer made safe to grade and to print: terminal escape sequences and control characters
 * (except new lines and tabs) are removed, and text beyond {@link #MAX_CHARS} is cut.
 *
 * @param text      the cleaned answer
 * @param truncated true when the raw answer was longer than {@link #MAX_CHARS}
 * @param removed   how many escape sequences and control characters were removed
 */
public record TypedAnswer(String text, boolean truncated, int removed) {
    /** Longest answer graded; anything longer is an accidental paste, not an exam answer. */
    public static final int MAX_CHARS = 8_000;

    /** Cleans a raw answer (null is treated as empty). */
    public static TypedAnswer of(String raw) {
        if (raw == null) return new TypedAnswer("", false, 0);
        boolean truncated = raw.length() > MAX_CHARS * 2;
        String s = truncated ? raw.substring(0, MAX_CHARS * 2) : raw;
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_CHARS));
        int removed = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\u001b' || c == '\u009b') {
                i = skipEscape(s, i);
                removed++;
            } else if (c == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') out.append('\n');
                i++;
            } else if (c == '\n' || c == '\t') {
                out.append(c);
                i++;
            } else if (Character.isISOControl(c) || isInvisibleFormat(c)) {
                removed++;
                i++;
            } else {
                out.append(c);
                i++;
            }
            if (out.length() >= MAX_CHARS) {
                truncated = truncated || i < s.length();
                break;
            }
        }
        return new TypedAnswer(out.toString().strip(), truncated, removed);
    }

    /** True when nothing but white space is left. */
    public boolean isBlank() {
        return text.isBlank();
    }

    // Bidi overrides and zero-width characters can disguise text on a terminal.
    private static boolean isInvisibleFormat(char c) {
        return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u200b' || c == '\ufeff';
    }

    /** Index just past an ANSI/VT escape sequence starting at {@code i}. */
    private static int skipEscape(String s, int i) {
        int j = i + 1;
        if (s.charAt(i) == '\u009b') return skipCsi(s, j);
        if (j >= s.length()) return j;
        char k = s.charAt(j);
        if (k == '[') return skipCsi(s, j + 1);
        if (k == ']' || k == 'P' || k == '_' || k == '^') { // OSC, DCS, APC, PM: until BEL or ST
            j++;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == '\u0007') return j + 1;
                if (c == '\u001b' && j + 1 < s.length() && s.charAt(j + 1) == '\\') return j + 2;
                j++;
            }
            return j;
        }
        return Math.min(s.length(), j + 1); // two-character escape such as ESC c
    }

    private static int skipCsi(String s, int j) {
        while (j < s.length() && (s.charAt(j) < '@' || s.charAt(j) > '~')) j++;
        return Math.min(s.length(), j + 1);
    }
}
