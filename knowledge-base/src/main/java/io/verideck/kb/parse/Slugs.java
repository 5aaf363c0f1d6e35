package io.verideck.kb.parse;

import java.text.Normalizer;
import java.util.Locale;

/** Heading anchors: lower case, accents dropped, runs of other characters joined by '-'. */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String heading) {
        String s = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("\\$[^$]*\\$", " ").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
    }
}
