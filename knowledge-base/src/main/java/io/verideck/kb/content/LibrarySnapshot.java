package io.verideck.kb.content;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureRef;
import io.verideck.kb.model.LectureSection;
import io.verideck.kb.model.Library;
import io.verideck.kb.model.SourceLocation;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parsed built-in library, saved at build time next to the built-in index (which the build makes
 * from the same content in the same step), so that a command that needs every card and lecture, such
 * as {@code serve}, reads it back instead of parsing 37 Markdown files at every start. Only the
 * launcher points at it ({@value #PROPERTY}); tests and other callers parse the content as before. A
 * missing, unreadable or foreign file is ignored: the content is parsed instead. Reading accepts only
 * the model's own classes and the JDK's strings, numbers and lists.
 */
public final class LibrarySnapshot {
    /** System property naming the directory of the built-in index (set by the launcher). */
    public static final String PROPERTY = "verideck.builtinIndex";
    /** File name inside that directory. */
    public static final String FILE = "library.ser";
    private static final long MAGIC = 0x56444c4942303031L; // "VDLIB001"
    private static final Set<String> ALLOWED = Set.of(Card.class.getName(), Deck.class.getName(), Lecture.class.getName(),
            LectureSection.class.getName(), LectureRef.class.getName(), SourceLocation.class.getName(),
            "java.util.ArrayList", "java.util.ImmutableCollections$ListN", "java.util.ImmutableCollections$List12",
            "java.util.CollSer", "java.lang.String", "java.lang.Integer", "java.lang.Number", "java.lang.Boolean");

    private LibrarySnapshot() {
    }

    /**
     * Writes the library to {@code dir/library.ser} through a temporary file and a rename.
     *
     * @param dir the built-in index directory
     * @param library the parsed built-in library
     * @throws IOException when it cannot be written
     */
    public static void write(Path dir, Library library) throws IOException {
        Path tmp = dir.resolve(FILE + ".part");
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeLong(MAGIC);
            out.writeObject(new ArrayList<>(library.decks()));
            out.writeObject(new ArrayList<>(library.lectures()));
        }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the saved built-in library named by {@value #PROPERTY}, or null when there is none to use */
    static Library fromProperty() {
        String dir = System.getProperty(PROPERTY);
        return dir == null ? null : read(Path.of(dir).resolve(FILE));
    }

    /**
     * @param file a snapshot file
     * @return its library, or null when it is missing, damaged or not a snapshot
     */
    @SuppressWarnings("unchecked")
    static Library read(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            in.setObjectInputFilter(info -> {
                Class<?> c = info.serialClass();
                if (c == null) return ObjectInputFilter.Status.UNDECIDED;
                if (c.isArray()) return ObjectInputFilter.Status.ALLOWED;
                return ALLOWED.contains(c.getName()) || c.isPrimitive() ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
            });
            if (in.readLong() != MAGIC) return null;
            List<Deck> decks = (List<Deck>) in.readObject();
            List<Lecture> lectures = (List<Lecture>) in.readObject();
            return new Library(decks, lectures);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null;
        }
    }
}
