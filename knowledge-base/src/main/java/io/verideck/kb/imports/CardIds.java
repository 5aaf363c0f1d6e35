package io.verideck.kb.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable card ids for imported cards: a slug of the deck name plus a hash of the normalised
 * question, so importing the same source again yields the same ids (and keeps review progress).
 */
public final class CardIds {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-+|-+$");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private CardIds() {
    }

    /** {@code deck-slug-0123abcd}; always 3..80 characters of {@code [a-z0-9-]}. */
    public static String of(String deck, String question) {
        String slug = slug(deck, 40);
        if (slug.isEmpty()) slug = "imported";
        return slug + "-" + hash(normalise(question)).substring(0, 10);
    }

    /** Lower case, words joined by {@code -}, at most {@code max} characters. */
    public static String slug(String text, int max) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = EDGE_DASH.matcher(NON_SLUG.matcher(s).replaceAll("-")).replaceAll("");
        if (s.length() > max) s = s.substring(0, max).replaceAll("-+$", "");
        return s;
    }

    /** The question as compared across re-imports: quotes, emphasis, case and spacing ignored. */
    public static String normalise(String question) {
        String s = Normalizer.normalize(question, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
        return SPACE.matcher(EMPHASIS.matcher(s).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
