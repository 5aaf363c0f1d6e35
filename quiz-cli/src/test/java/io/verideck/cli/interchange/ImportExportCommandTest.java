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
    void apkgReviewHistoryLoadsIntoTheReviewLog(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("notes.md");
        Files.writeString(src, "## What is a tensor?\n\nAn array.\n\n## What is a ReLU?\n\nmax(0, x)\n");
        var decks = Import.file(src, null, "Anki deck").decks();
        Path apkg = dir.resolve("deck.apkg");
        Files.write(apkg, io.verideck.kb.export.ApkgExporter.export(decks, java.time.Instant.parse("2026-01-01T00:00:00Z")));
        Path db = dir.resolve("collection.anki2");
        try (var zip = new java.util.zip.ZipFile(apkg.toFile())) {
            Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("insert into revlog select 1760000000000, id, -1, 3, 1, 0, 2500, 4000, 0 from cards order by id limit 1");
            st.execute("insert into revlog select 1760086400000, id, -1, 3, 3, 1, 2500, 3000, 1 from cards order by id limit 1");
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.ZipOutputStream(bytes)) {
            z.putNextEntry(new java.util.zip.ZipEntry("collection.anki2"));
            z.write(Files.readAllBytes(db));
            z.closeEntry();
        }
        Files.write(apkg, bytes.toByteArray());
        Path out = dir.resolve("decks");
        Run r = run("import", apkg.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("2 reviews"), r.out());
        Path csv = out.resolve("deck-apkg.reviews.csv");
        assertTrue(Files.readString(csv).startsWith("card_id,review_time,review_rating,review_state,review_duration\n"));
        Run load = run("--decks", out.toString(), "review-log", "--db", dir.resolve("progress.db").toString(), "import", csv.toString());
        assertEquals(ExitCodes.OK, load.code(), load.out() + load.err());
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
