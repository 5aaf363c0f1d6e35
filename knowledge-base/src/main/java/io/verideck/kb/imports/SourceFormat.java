package io.verideck.kb.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code verideck import} understands; {@link #id()} is the {@code --format} value. */
public enum SourceFormat {
    MARKDOWN("markdown"),
    HTML("html"),
    HANDBOOK("handbook"),
    FLASHCARDS("flashcards"),
    EXAM("exam"),
    SLIDES("slides"),
    ANKI_TEXT("anki-text"),
    APKG("apkg"),
    DELIMITED("delimited");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The format with this id, or null for {@code auto}; throws with the accepted values otherwise. */
    public static SourceFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("auto")) return null;
        for (SourceFormat f : values()) if (f.id.equals(t)) return f;
        throw new IllegalArgumentException("unknown format '" + text + "' (expected one of: auto, "
                + Arrays.stream(values()).map(SourceFormat::id).collect(Collectors.joining(", ")) + ")");
    }
}
