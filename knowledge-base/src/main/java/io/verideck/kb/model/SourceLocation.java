package io.verideck.kb.model;

/**
 * Where something was read from: a file path as the user knows it (relative for built-in content,
 * for example {@code content/decks/losses.md}) and a 1-based line number.
 */
public record SourceLocation(String file, int line) implements java.io.Serializable {
    public SourceLocation {
        if (file == null) throw new IllegalArgumentException("file is null");
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
