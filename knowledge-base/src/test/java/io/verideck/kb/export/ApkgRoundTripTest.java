package io.verideck.kb.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.airlift.compress.zstd.ZstdOutputStream;
import io.verideck.kb.imports.Import;
import io.verideck.kb.imports.ImportResult;
import io.verideck.kb.imports.SourceFormat;
import io.verideck.kb.imports.SourceText;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export to .apkg, read back with our importer, with sqlite-jdbc and with the sqlite3 CLI. */
class ApkgRoundTripTest {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static List<Deck> sampleDecks() throws Exception {
        String md = "# Activations\n\n## What does ReLU compute?\n\n$\\max(0, x)$ for each input; costs < 1 flop.\n\n"
                + "## Sigmoid formula?\n\n$$\\sigma(x) = \\frac{1}{1+e^{-x}}$$\n\n# Losses\n\n## What is MSE?\n\nMean of squared errors.\n";
        ImportResult r = Import.text(SourceText.of("act.md", md), SourceFormat.MARKDOWN, "Deep basics");
        List<Card> cards = r.decks().get(0).cards();
        return List.of(new Deck("Activations", "a.md", List.of(), "", cards.subList(0, 2)),
                new Deck("Losses", "l.md", List.of(), "", cards.subList(2, 3)));
    }

    static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) if (e.getName().equals(name)) return in.readAllBytes();
        }
        throw new AssertionError("no entry " + name);
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("media"));
            z.write("{}".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return b.toByteArray();
    }

    @Test
    void exportedPackageImportsBackWithDecksTagsAndMath(@TempDir Path dir) throws Exception {
        List<Deck> decks = sampleDecks();
        Path apkg = dir.resolve("out.apkg");
        Files.write(apkg, ApkgExporter.export(decks, NOW));
        ImportResult back = Import.file(apkg, null, null);
        assertEquals(SourceFormat.APKG, back.format());
        assertEquals(3, back.cardCount());
        assertEquals(List.of("Verideck::Activations", "Verideck::Losses"), back.decks().stream().map(Deck::name).toList());
        Card relu = back.decks().get(0).cards().get(0);
        assertEquals("What does ReLU compute?", relu.question());
        assertTrue(relu.answer().contains("$\\max(0, x)$"), relu.answer());
        assertTrue(relu.answer().contains("costs &lt; 1 flop"), relu.answer());
        Card sigmoid = back.decks().get(0).cards().get(1);
        assertTrue(sigmoid.answer().contains("$$\\sigma(x) = \\frac{1}{1+e^{-x}}$$"), sigmoid.answer());
        assertEquals(List.of("activations"), relu.tags());
        assertEquals(List.of("losses"), back.decks().get(1).cards().get(0).tags());
    }

    @Test
    void schemaReadBackWithSqliteJdbc(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("collection.anki2");
        Files.write(db, entry(ApkgExporter.export(sampleDecks(), NOW), "collection.anki2"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("select ver, crt from col");
            assertTrue(rs.next());
            assertEquals(11, rs.getInt(1));
            assertEquals(NOW.getEpochSecond(), rs.getLong(2));
            rs = st.executeQuery("select count(*), count(distinct guid) from notes");
            rs.next();
            assertEquals(3, rs.getInt(1));
            assertEquals(3, rs.getInt(2));
            rs = st.executeQuery("select flds, tags from notes order by id limit 1");
            rs.next();
            assertTrue(rs.getString(1).contains("\\(\\max(0, x)\\)"), rs.getString(1));
            assertTrue(rs.getString(1).contains("\u001f"));
            assertEquals(" activations ", rs.getString(2));
            rs = st.executeQuery("select count(distinct did), min(type), max(queue) from cards");
            rs.next();
            assertEquals(2, rs.getInt(1));
            assertEquals(0, rs.getInt(2));
        }
    }

    @Test
    void schemaReadBackWithSqlite3Cli(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("sqlite3"), "SKIPPED: the sqlite3 command is not installed "
                + "(apt-get install -y sqlite3); .ci/run must install it");
        Path db = dir.resolve("collection.anki2");
        Files.write(db, entry(ApkgExporter.export(sampleDecks(), NOW), "collection.anki2"));
        String tables = run(dir, "sqlite3", db.toString(), ".tables");
        for (String t : List.of("cards", "col", "graves", "notes", "revlog")) assertTrue(tables.contains(t), tables);
        assertEquals("3", run(dir, "sqlite3", db.toString(), "select count(*) from notes").strip());
        String cols = run(dir, "sqlite3", db.toString(), "select group_concat(name) from pragma_table_info('notes')").strip();
        assertEquals("id,guid,mid,mod,usn,tags,flds,sfld,csum,flags,data", cols);
        assertEquals("ok", run(dir, "sqlite3", db.toString(), "pragma integrity_check").strip());
    }

    @Test
    void reviewHistoryAndAnki21bZstdPackages(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("c.anki2");
        Files.write(db, entry(ApkgExporter.export(sampleDecks(), NOW), "collection.anki2"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("insert into revlog select 1700000000000, id, -1, 3, 1, 0, 2500, 4200, 0 from cards order by id limit 1");
            st.execute("insert into revlog select 1700086400000, id, -1, 4, 3, 1, 2500, 3000, 1 from cards order by id limit 1");
            st.execute("insert into revlog select 1700090000000, id, -1, 0, 0, 0, 0, 0, 4 from cards order by id limit 1");
        }
        byte[] raw = Files.readAllBytes(db);
        ByteArrayOutputStream zstd = new ByteArrayOutputStream();
        try (OutputStream z = new ZstdOutputStream(zstd)) {
            z.write(raw);
        }
        for (String[] variant : new String[][] {{"collection.anki21", "plain"}, {"collection.anki21b", "zstd"}}) {
            Path apkg = dir.resolve(variant[1] + ".apkg");
            Files.write(apkg, zip(variant[0], variant[1].equals("zstd") ? zstd.toByteArray() : raw));
            ImportResult r = Import.file(apkg, null, null);
            assertEquals(3, r.cardCount(), variant[0]);
            assertEquals(2, r.reviews().size(), "manual reschedule dropped: " + variant[0]);
            String firstId = r.decks().get(0).cards().get(0).id();
            assertEquals(firstId, r.reviews().get(0).noteKey());
            assertEquals(3, r.reviews().get(0).rating());
            assertEquals(0, r.reviews().get(0).state(), "first review of a card: state new");
            assertEquals(2, r.reviews().get(1).state(), "Anki review row: state review");
            assertEquals(4200, r.reviews().get(0).durationMillis());
        }
    }

    static boolean onPath(String cmd) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) if (Files.isExecutable(Path.of(d, cmd))) return true;
        return false;
    }

    static String run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
