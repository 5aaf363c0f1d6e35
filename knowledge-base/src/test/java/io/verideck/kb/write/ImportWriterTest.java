package io.verideck.kb.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.check.Problem;
import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.content.LoadResult;
import io.verideck.kb.imports.Import;
import io.verideck.kb.imports.ImportResult;
import io.verideck.kb.imports.SourceText;
import io.verideck.kb.model.Card;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing imports into a decks directory and importing again. */
class ImportWriterTest {
    static final String V1 = "Q: What is a tensor?\nA: An array.\n\nQ: What is a gradient?\nA: The vector of partial derivatives.\n";
    static final String V2 = "Q: What is a tensor (in code)?\nA: An n-dimensional array.\n\nQ: What is a gradient?\nA: Partials.\n";

    static ImportWriter.Plan importInto(Path dir, String text) throws Exception {
        ImportResult r = Import.text(SourceText.of("notes.txt", text), null, "My notes");
        ImportWriter.Plan p = ImportWriter.plan(r, dir);
        p.files().commit();
        return p;
    }

    @Test
    void writtenDecksLoadWithoutErrors(@TempDir Path dir) throws Exception {
        importInto(dir, V1);
        LoadResult load = ContentLoader.directory(dir);
        assertEquals(List.of(), load.problems().stream().filter(Problem::isError).toList());
        assertEquals(2, load.library().cards().size());
        assertEquals("notes.txt:1", load.library().cards().get(0).origin());
    }

    @Test
    void reimportUpdatesInPlaceKeepsIdsAndHandMadeCards(@TempDir Path dir) throws Exception {
        importInto(dir, V1);
        List<Card> first = ContentLoader.directory(dir).library().cards();
        Path file = dir.resolve("my-notes.md");
        Files.writeString(file, Files.readString(file) + "\n## My own card?\nid: my-own-card\n\nWritten by hand.\n");
        ImportWriter.Plan again = importInto(dir, V2);
        ImportWriter.DeckChange change = again.changes().get(0);
        assertEquals(0, change.added());
        assertEquals(2, change.updated());
        assertEquals(1, change.kept());
        List<Card> second = ContentLoader.directory(dir).library().cards();
        assertEquals(3, second.size());
        assertEquals(first.get(0).id(), second.get(0).id(), "edited question keeps its id through source:");
        assertEquals("What is a tensor (in code)?", second.get(0).question());
        assertEquals(first.get(1).id(), second.get(1).id());
        assertEquals("Partials.", second.get(1).answer());
        assertEquals("my-own-card", second.get(2).id());
        assertEquals(1, Files.list(dir).filter(p -> p.toString().endsWith(".md")).count(), "no duplicate deck file");
    }

    @Test
    void nothingIsWrittenUntilCommit(@TempDir Path dir) throws Exception {
        ImportResult r = Import.text(SourceText.of("notes.txt", V1), null, null);
        ImportWriter.Plan p = ImportWriter.plan(r, dir.resolve("out"));
        assertEquals(1, p.files().targets().size());
        assertTrue(Files.notExists(dir.resolve("out")));
        p.files().commit();
        assertTrue(Files.exists(p.files().targets().get(0)));
        try (var s = Files.list(dir.resolve("out"))) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }
}
