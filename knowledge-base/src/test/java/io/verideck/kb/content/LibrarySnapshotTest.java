package io.verideck.kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.verideck.kb.model.Library;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in library saved at build time reads back equal, and anything else in its place is ignored. */
class LibrarySnapshotTest {
    @TempDir
    Path dir;

    @Test
    void theSavedLibraryReadsBackEqual() throws Exception {
        Library parsed = ContentLoader.loadFiles(ContentLoader.builtinFiles(), true).library();
        LibrarySnapshot.write(dir, parsed);
        Library read = LibrarySnapshot.read(dir.resolve(LibrarySnapshot.FILE));
        assertNotNull(read, "the snapshot did not read back");
        assertEquals(parsed.decks(), read.decks());
        assertEquals(parsed.lectures(), read.lectures());
        assertEquals(parsed.cards(), read.cards());
        assertEquals(List.of(), Files.list(dir).filter(p -> p.toString().endsWith(".part")).toList(), "temporary file left behind");
    }

    @Test
    void aMissingDamagedOrForeignFileIsIgnored() throws Exception {
        assertNull(LibrarySnapshot.read(dir.resolve("none.ser")));
        Path damaged = dir.resolve("damaged.ser");
        Library parsed = ContentLoader.loadFiles(ContentLoader.builtinFiles(), true).library();
        LibrarySnapshot.write(dir, parsed);
        byte[] whole = Files.readAllBytes(dir.resolve(LibrarySnapshot.FILE));
        Files.write(damaged, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertNull(LibrarySnapshot.read(damaged), "a truncated snapshot must not be used");
        Path garbage = dir.resolve("garbage.ser");
        Files.writeString(garbage, "not a snapshot at all");
        assertNull(LibrarySnapshot.read(garbage));
        // the Java-serialized snapshot of earlier builds is not read as one
        Path foreign = dir.resolve("foreign.ser");
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(foreign))) {
            out.writeLong(0x56444c4942303031L);
            out.writeObject(new ArrayList<>(parsed.decks()));
            out.writeObject(new ArrayList<>());
        }
        assertNull(LibrarySnapshot.read(foreign));
    }
}
