package io.verideck.kb.content;

import io.verideck.kb.model.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The parsed built-in library, saved at build time next to the built-in index (which the build makes
 * from the same content in the same step), so that a command that needs the cards or lectures, such
 * as {@code serve} or {@code review}, reads it back instead of parsing 37 Markdown files at every
 * start. It is stored with {@link LibraryCodec} (one array decoded, no object streams). Only the
 * launcher points at it ({@value #PROPERTY}); tests and other callers parse the content as before. A
 * missing, unreadable or foreign file is ignored: the content is parsed instead.
 */
public final class LibrarySnapshot {
    /** System property naming the directory of the built-in index (set by the launcher). */
    public static final String PROPERTY = "verideck.builtinIndex";
    /** File name inside that directory. */
    public static final String FILE = "library.bin";

    private LibrarySnapshot() {
    }

    /**
     * Writes the library to {@code dir/library.bin} through a temporary file and a rename.
     *
     * @param dir the built-in index directory
     * @param library the parsed built-in library
     * @throws IOException when it cannot be written
     */
    public static void write(Path dir, Library library) throws IOException {
        Path tmp = dir.resolve(FILE + ".part");
        Files.write(tmp, LibraryCodec.encode(library, true));
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the saved built-in library named by {@value #PROPERTY}, or null when there is none to use */
    public static Library fromProperty() {
        return fromProperty(true);
    }

    /** @return the decks (no lectures) of the saved built-in library named by {@value #PROPERTY}, or null when there is none to use */
    public static Library decksFromProperty() {
        return fromProperty(false);
    }

    private static Library fromProperty(boolean withLectures) {
        String dir = System.getProperty(PROPERTY);
        return dir == null ? null : read(Path.of(dir).resolve(FILE), withLectures);
    }

    /**
     * @param file a snapshot file
     * @return its library, or null when it is missing, damaged or not a snapshot
     */
    static Library read(Path file) {
        return read(file, true);
    }

    private static Library read(Path file, boolean withLectures) {
        try {
            return LibraryCodec.decode(Files.readAllBytes(file), 0, withLectures);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
