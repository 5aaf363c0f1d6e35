package io.verideck.kb.model;

/**
 * A pointer from a card to a lecture (1..13) and optionally to one section of its notes.
 *
 * @param number the lecture number
 * @param anchor the section anchor, or {@code null} for the lecture as a whole
 */
public record LectureRef(int number, String anchor) implements java.io.Serializable {
    /** Parses {@code 7} or {@code 7#chain-rule}; returns null if the text is not of that form. */
    public static LectureRef parse(String text) {
        String t = text.strip();
        int hash = t.indexOf('#');
        String num = hash < 0 ? t : t.substring(0, hash);
        String anchor = hash < 0 ? null : t.substring(hash + 1);
        if (!num.matches("\\d{1,2}")) return null;
        if (anchor != null && !anchor.matches("[a-z0-9][a-z0-9-]*")) return null;
        return new LectureRef(Integer.parseInt(num), anchor);
    }

    @Override
    public String toString() {
        return anchor == null ? Integer.toString(number) : number + "#" + anchor;
    }
}
