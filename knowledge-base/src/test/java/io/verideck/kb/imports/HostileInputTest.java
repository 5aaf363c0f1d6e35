package io.verideck.kb.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.model.Card;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile input: a clear error with file and line, or a warning; never a crash or a hang. */
class HostileInputTest {
    static final Duration LIMIT = Duration.ofSeconds(20);

    static String allText(ImportResult r) {
        StringBuilder b = new StringBuilder();
        for (var d : r.decks()) for (Card c : d.cards()) b.append(c.question()).append('\n').append(c.answer()).append('\n');
        return b.toString();
    }

    @Test
    void utf16WithAndWithoutBomAndUtf8Bom(@TempDir Path dir) throws Exception {
        String text = "Q: What is θ?\nA: A parameter vector.\n";
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_8)) {
            byte[] body = text.getBytes(cs);
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : cs == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                    : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            for (boolean withBom : new boolean[] {true, false}) {
                byte[] bytes = withBom ? concat(bom, body) : body;
                Path f = dir.resolve("n-" + cs.name() + withBom + ".txt");
                Files.write(f, bytes);
                ImportResult r = Import.file(f, null, null);
                assertEquals(1, r.cardCount(), cs + " bom=" + withBom);
                assertEquals("What is θ?", r.decks().get(0).cards().get(0).question(), cs + " bom=" + withBom);
            }
        }
    }

    @Test
    void windows1252FallsBackWithAWarningOnTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cp.txt");
        Files.write(f, "Q: first?\nA: fine\n\nQ: Caf\u00e9 na\u00efve \u2019quote\u2019?\nA: yes\n".getBytes(Charset.forName("windows-1252")));
        ImportResult r = Import.file(f, null, null);
        assertEquals(2, r.cardCount());
        assertEquals("Café naïve ’quote’?", r.decks().get(0).cards().get(1).question());
        ImportWarning w = r.warnings().get(0);
        assertEquals(4, w.where().line());
        assertTrue(w.message().contains("Windows-1252"));
    }

    @Test
    void binaryGarbageIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        byte[] junk = new byte[4096];
        new SplittableRandom(8).nextBytes(junk);
        junk[100] = 0;
        Path f = dir.resolve("junk.bin");
        Files.write(f, junk);
        ImportException e = assertThrows(ImportException.class, () -> Import.file(f, null, null));
        assertEquals("junk.bin", e.where().file());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        assertTrue(e.describe().startsWith("junk.bin:"), e.describe());
    }

    @Test
    void fiftyMegabyteLineIsRefusedQuickly(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("long.txt");
        byte[] line = new byte[50 << 20];
        Arrays.fill(line, (byte) 'a');
        Files.write(f, concat("Q: short?\nA: ok\n".getBytes(StandardCharsets.UTF_8), line));
        ImportException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(ImportException.class, () -> Import.file(f, null, null)));
        assertEquals(3, e.where().line());
        assertTrue(e.getMessage().contains("characters long"), e.getMessage());
    }

    @Test
    void truncatedFilesGiveErrorsOrWarningsNotCrashes() throws Exception {
        ImportException quote = assertThrows(ImportException.class, () ->
                Import.text(SourceText.of("cut.txt", "#separator:tab\nq1\ta1\n\"q2\tstarts a quote that never"), null, null));
        assertEquals(3, quote.where().line());
        ImportResult cards = Import.text(SourceText.of("cards.txt", "1\nQ\n\nFirst?\n\nA\n\nYes\n\nHow well did you know this?\n1\nNot at all\n"
                + "2\n3\n4\n5\nPerfectly\n2\nSecond question?"), null, null);
        assertEquals(SourceFormat.FLASHCARDS, cards.format());
        assertEquals(2, cards.cardCount());
        assertTrue(cards.warnings().stream().anyMatch(w -> w.message().contains("cut off")), cards.warnings().toString());
        ImportException q = assertThrows(ImportException.class, () ->
                Import.text(SourceText.of("f.txt", "1\nQ\n\nA question with no A line\n"), SourceFormat.FLASHCARDS, null));
        assertEquals(2, q.where().line());
        ImportResult handbook = Import.text(SourceText.of("h.txt", "T\n\nWhat?\n\n(tap to reveal)\n\n"
                + "Why?\n\n(tap to reveal)\n"), null, null);
        assertEquals(2, handbook.cardCount());
        assertTrue(handbook.decks().get(0).cards().get(1).draft());
    }

    @Test
    void scriptAndEventHandlerPayloadsNeverSurvive() throws Exception {
        String payloads = "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>"
                + "<svg onload=alert(4)></svg><style>body{}</style><iframe src=\"javascript:alert(5)\"></iframe>"
                + "<a href=\" JaVaScRiPt:alert(6)\">y</a><div onclick=\"alert(7)\">z</div>";
        List<ImportResult> results = List.of(
                Import.text(SourceText.of("p.html", "<html><body><details><summary>Q <b onmouseover=alert(1)>x</b>?</summary>"
                        + payloads + "</details></body></html>"), null, null),
                Import.text(SourceText.of("a.txt", "#separator:tab\n#html:true\nfront " + payloads + "\tback " + payloads + "\n"), null, null),
                Import.text(SourceText.of("m.md", "## Q?\n\n" + payloads + "\n\n[click](javascript:alert(1)) ![i](data:text/html,x)\n"), null, null),
                Import.text(SourceText.of("e.txt", "Explain XSS?\n\n" + payloads + "\n"), null, null),
                Import.text(SourceText.of("q.tsv", "q " + payloads + "\ta " + payloads + "\n"), null, null));
        for (ImportResult r : results) {
            String all = allText(r).toLowerCase();
            assertTrue(r.cardCount() >= 1, r.source());
            assertFalse(all.contains("<script"), r.source() + ": " + all);
            assertFalse(all.contains("<img"), r.source() + ": " + all);
            assertFalse(all.contains("<svg"), r.source() + ": " + all);
            assertFalse(all.contains("<iframe"), r.source() + ": " + all);
            assertFalse(all.contains("<div"), r.source() + ": " + all);
            assertFalse(all.contains("](javascript:"), r.source() + ": " + all);
            assertFalse(all.contains("](data:"), r.source() + ": " + all);
            assertFalse(all.matches("(?s).*<[a-z][^>]*\\son[a-z]+\\s*=.*"), r.source() + ": " + all);
        }
    }

    @Test
    void apkgWithPathTraversalIsRefused(@TempDir Path dir) throws Exception {
        for (String name : List.of("../evil.txt", "a/../../evil", "/etc/passwd", "C:\\evil")) {
            Path f = dir.resolve("trav.apkg");
            Files.write(f, zip(name, "x".getBytes(StandardCharsets.UTF_8)));
            ImportException e = assertThrows(ImportException.class, () -> Import.file(f, null, null), name);
            assertTrue(e.getMessage().contains("unsafe zip entry"), e.getMessage());
            assertFalse(Files.exists(dir.getParent().resolve("evil.txt")));
        }
    }

    @Test
    void zipBombStopsAtTheCap(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bomb.apkg");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("collection.anki2"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) z.write(zeros);
            z.closeEntry();
        }
        assertTrue(Files.size(f) < 2 << 20, "the bomb is small on disk");
        ImportException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(ImportException.class, () -> Import.file(f, null, null)));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void brokenPackagesGiveClearErrors(@TempDir Path dir) throws Exception {
        byte[] good = io.verideck.kb.export.ApkgExporter.export(
                io.verideck.kb.export.ApkgExporter.class.getName().isEmpty() ? List.of() : sampleDeck(), java.time.Instant.EPOCH);
        Path truncated = dir.resolve("cut.apkg");
        Files.write(truncated, Arrays.copyOf(good, good.length / 2));
        assertTimeoutPreemptively(LIMIT, () -> assertThrows(ImportException.class, () -> Import.file(truncated, null, null)));
        Path notSqlite = dir.resolve("garbage.apkg");
        byte[] junk = new byte[10000];
        new SplittableRandom(3).nextBytes(junk);
        Files.write(notSqlite, zip("collection.anki2", junk));
        ImportException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(ImportException.class, () -> Import.file(notSqlite, null, null)));
        assertTrue(e.getMessage().contains("not a readable Anki collection"), e.getMessage());
        Path noCollection = dir.resolve("empty.apkg");
        Files.write(noCollection, zip("media", "{}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(ImportException.class, () -> Import.file(noCollection, null, null));
    }

    static List<io.verideck.kb.model.Deck> sampleDeck() throws ImportException {
        return Import.text(SourceText.of("s.md", "## A?\n\nB.\n"), SourceFormat.MARKDOWN, "S").decks();
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return b.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
