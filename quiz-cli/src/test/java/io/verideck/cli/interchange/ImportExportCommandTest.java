package io.verideck.cli.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.kb.imports.Import;
import io.verideck.kb.imports.ImportResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verideck import} and {@code verideck export} run in-process. */
class ImportExportCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
        return new Run(code, out.toString(), err.toString());
    }

    static long files(Path dir) throws Exception {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void importWritesDecksAndReimportUpdates(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("notes.md");
        Files.writeString(src, "## What is a tensor?\n\nAn array.\n\n## What is a ReLU?\n\n$\\max(0,x)$\n");
        Path decks = dir.resolve("decks");
        byte[] original = Files.readAllBytes(src);
        Run r = run("import", src.toString(), "--out", decks.toString(), "--deck", "Basics");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("notes.md: markdown, 2 cards"), r.out());
        assertTrue(Files.exists(decks.resolve("basics.md")));
        String before = Files.readString(decks.resolve("basics.md"));
        Run again = run("import", src.toString(), "--out", decks.toString(), "--deck", "Basics");
        assertTrue(again.out().contains("0 new, 2 updated"), again.out());
        assertEquals(before, Files.readString(decks.resolve("basics.md")));
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(src)), "source untouched");
    }

    @Test
    void dryRunAndJsonWriteNothing(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("q.tsv");
        Files.writeString(src, "epoch\tone pass\nbatch\tsubset\n");
        Path decks = dir.resolve("decks");
        Run r = run("import", src.toString(), "--out", decks.toString(), "--dry-run", "--json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("\"format\" : \"delimited\"") || r.out().contains("\"format\":\"delimited\""), r.out());
        assertTrue(r.out().contains("\"cards\""), r.out());
        assertEquals(0, files(decks));
    }

    @Test
    void oneBadSourceMeansNoPartialWrite(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.md");
        Files.writeString(good, "## Q?\n\nA.\n");
        Path bad = dir.resolve("junk.bin");
        Files.write(bad, new byte[] {1, 2, 0, 3, 4});
        Path decks = dir.resolve("decks");
        Run r = run("import", good.toString(), bad.toString(), "--out", decks.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("junk.bin:1: error: binary data"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace without --debug: " + r.err());
        assertEquals(0, files(decks));
    }

    @Test
    void badFormatIsAUsageError(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("a.md");
        Files.writeString(src, "## Q?\n\nA.\n");
        Run r = run("import", src.toString(), "--format", "pdf", "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("expected one of: auto, markdown"), r.err());
    }

    @Test
    void exportApkgAnkiTextAndPrintable(@TempDir Path dir) throws Exception {
        Path decks = dir.resolve("decks");
        Path src = dir.resolve("notes.md");
        Files.writeString(src, "## What is a tensor?\n\nAn array.\n\n## Sigmoid?\n\n$$\\sigma(x)$$\n");
        assertEquals(ExitCodes.OK, run("import", src.toString(), "--out", decks.toString(), "--deck", "Mine").code());
        Path apkg = dir.resolve("mine.apkg");
        Run e = run("--decks", decks.toString(), "export", "--format", "apkg", "--deck", "Mine", "--out", apkg.toString());
        assertEquals(ExitCodes.OK, e.code(), e.err());
        ImportResult back = Import.file(apkg, null, null);
        assertEquals(2, back.cardCount());
        assertEquals("Verideck::Mine", back.decks().get(0).name());
        Path txt = dir.resolve("mine.txt");
        assertEquals(ExitCodes.OK, run("--decks", decks.toString(), "export", "--format", "anki-text", "--deck", "Mine", "--out", txt.toString()).code());
        assertTrue(Files.readString(txt).startsWith("#separator:tab"));
        Path print = dir.resolve("print");
        assertEquals(ExitCodes.OK, run("--decks", decks.toString(), "export", "--format", "html", "--deck", "Mine", "--out", print.toString()).code());
        assertTrue(Files.readString(print.resolve("mine.html")).contains("What is a tensor?"));
        Run none = run("--decks", decks.toString(), "export", "--format", "apkg", "--deck", "Nope", "--out", apkg.toString());
        assertEquals(ExitCodes.NOTHING_FOUND, none.code());
    }
}
