package io.verideck.kb.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an Anki package in the legacy layout genanki also writes ({@code collection.anki2}, schema
 * 11, plus an empty JSON {@code media} map), which every Anki version imports. One Anki deck per
 * Verideck deck ({@code Verideck::name}), a Front/Back note type, the card id as the seed of the note's guid, so a re-export updates notes in Anki instead of duplicating.
 * Everything is derived from the cards and the given clock: the same input gives the same notes.
 */
public final class ApkgExporter {
    static final long MODEL_ID = 1_731_000_000_001L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = """
            CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
              ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
              models text not null, decks text not null, dconf text not null, tags text not null);
            CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
              usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
              flags integer not null, data text not null);
            CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
              mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
              ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
              odue integer not null, odid integer not null, flags integer not null, data text not null);
            CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
              ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
            CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
            CREATE INDEX ix_notes_usn on notes (usn);
            CREATE INDEX ix_cards_usn on cards (usn);
            CREATE INDEX ix_revlog_usn on revlog (usn);
            CREATE INDEX ix_cards_nid on cards (nid);
            CREATE INDEX ix_cards_sched on cards (did, queue, due);
            CREATE INDEX ix_revlog_cid on revlog (cid);
            CREATE INDEX ix_notes_csum on notes (csum);
            """;

    private ApkgExporter() {
    }

    /** The package bytes for these decks. */
    public static byte[] export(List<Deck> decks, Instant now) throws IOException {
        Path tmp = Files.createTempFile("verideck-export", ".anki2");
        try {
            Files.delete(tmp);
            long secs = now.getEpochSecond();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.toAbsolutePath())) {
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    for (String ddl : SCHEMA.split(";")) if (!ddl.isBlank()) st.execute(ddl);
                }
                writeCol(c, decks, secs);
                writeNotes(c, decks, secs);
                c.commit();
            } catch (SQLException e) {
                throw new IOException("cannot build the Anki collection: " + e.getMessage(), e);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("collection.anki2"));
                zip.write(Files.readAllBytes(tmp));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("media"));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code Verideck::<name>}, with Anki's hierarchy separator removed from the name. */
    public static String ankiDeckName(String name) {
        return "Verideck::" + name.replace("::", ":");
    }

    static long deckId(String name) {
        return 1_000_000_000_000L + (Long.parseLong(sha256(name).substring(0, 10), 16) % 1_000_000_000_000L);
    }

    private static void writeCol(Connection c, List<Deck> decks, long secs) throws SQLException {
        ObjectNode models = JSON.createObjectNode();
        ObjectNode m = models.putObject(Long.toString(MODEL_ID));
        m.put("id", MODEL_ID).put("name", "Verideck Basic").put("type", 0).put("mod", secs).put("usn", -1).put("sortf", 0)
                .put("did", 1).put("css", ".card{font-family:arial;font-size:20px;text-align:left;}")
                .put("latexPre", "\\documentclass[12pt]{article}\\special{papersize=3in,5in}\\usepackage{amssymb,amsmath}"
                        + "\\pagestyle{empty}\\setlength{\\parindent}{0in}\\begin{document}")
                .put("latexPost", "\\end{document}").put("latexsvg", false);
        ArrayNode flds = m.putArray("flds");
        String[] names = {"Front", "Back"};
        for (int i = 0; i < names.length; i++) {
            flds.addObject().put("name", names[i]).put("ord", i).put("sticky", false).put("rtl", false)
                    .put("font", "Arial").put("size", 20).putArray("media");
        }
        m.putArray("tmpls").addObject().put("name", "Card 1").put("ord", 0).put("qfmt", "{{Front}}")
                .put("afmt", "{{FrontSide}}<hr id=answer>{{Back}}").put("bqfmt", "").put("bafmt", "").putNull("did");
        ArrayNode req = m.putArray("req").addArray();
        req.add(0).add("any").addArray().add(0);
        m.putArray("tags");
        m.putArray("vers");
        ObjectNode deckJson = JSON.createObjectNode();
        deck(deckJson, 1, "Default", secs);
        for (Deck d : decks) deck(deckJson, deckId(d.name()), ankiDeckName(d.name()), secs);
        ObjectNode dconf = JSON.createObjectNode();
        ObjectNode conf1 = dconf.putObject("1");
        conf1.put("id", 1).put("name", "Default").put("mod", 0).put("usn", 0).put("maxTaken", 60).put("autoplay", true)
                .put("timer", 0).put("replayq", true).put("dyn", false);
        conf1.putObject("new").put("order", 1).put("perDay", 20).put("bury", true).put("initialFactor", 2500)
                .put("separate", true).putArray("delays").add(1).add(10);
        conf1.with("new").putArray("ints").add(1).add(4).add(7);
        conf1.putObject("rev").put("perDay", 200).put("ease4", 1.3).put("fuzz", 0.05).put("maxIvl", 36500)
                .put("minSpace", 1).put("bury", true).put("ivlFct", 1);
        conf1.putObject("lapse").put("leechFails", 8).put("minInt", 1).put("leechAction", 0).put("mult", 0)
                .putArray("delays").add(10);
        ObjectNode conf = JSON.createObjectNode().put("nextPos", 1).put("estTimes", true).put("activeDecks", "[1]")
                .put("sortType", "noteFld").put("timeLim", 0).put("sortBackwards", false).put("addToCur", true)
                .put("curDeck", 1).put("newBury", true).put("newSpread", 0).put("dueCounts", true)
                .put("curModel", Long.toString(MODEL_ID)).put("collapseTime", 1200);
        try (PreparedStatement ps = c.prepareStatement("insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
            ps.setLong(1, secs);
            ps.setLong(2, secs * 1000);
            ps.setLong(3, secs * 1000);
            ps.setString(4, conf.toString());
            ps.setString(5, models.toString());
            ps.setString(6, deckJson.toString());
            ps.setString(7, dconf.toString());
            ps.executeUpdate();
        }
    }

    private static void deck(ObjectNode decks, long id, String name, long secs) {
        ObjectNode d = decks.putObject(Long.toString(id));
        d.put("id", id).put("name", name).put("mod", secs).put("usn", -1).put("collapsed", false).put("desc", "")
                .put("dyn", 0).put("conf", 1).put("extendNew", 10).put("extendRev", 50);
        for (String k : new String[] {"newToday", "revToday", "lrnToday", "timeToday"}) d.putArray(k).add(0).add(0);
    }

    private static void writeNotes(Connection c, List<Deck> decks, long secs) throws SQLException {
        long base = secs * 1000;
        int pos = 0;
        try (PreparedStatement note = c.prepareStatement("insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
             PreparedStatement card = c.prepareStatement("insert into cards values (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            for (Deck d : decks) {
                long did = deckId(d.name());
                for (Card k : d.cards()) {
                    pos++;
                    String front = AnkiHtml.of(k.question());
                    String back = AnkiHtml.of(k.answer());
                    note.setLong(1, base + pos);
                    note.setString(2, guid(k.id()));
                    note.setLong(3, MODEL_ID);
                    note.setLong(4, secs);
                    note.setString(5, k.tags().isEmpty() ? "" : " " + String.join(" ", k.tags()) + " ");
                    note.setString(6, front + "\u001f" + back);
                    note.setString(7, front.replaceAll("<[^>]*>", ""));
                    note.setLong(8, Long.parseLong(sha1(front.replaceAll("<[^>]*>", "")).substring(0, 8), 16));
                    note.addBatch();
                    card.setLong(1, base + pos);
                    card.setLong(2, base + pos);
                    card.setLong(3, did);
                    card.setLong(4, secs);
                    card.setLong(5, pos);
                    card.addBatch();
                }
            }
            note.executeBatch();
            card.executeBatch();
        }
    }

    private static final String BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

    /** genanki's guid scheme: the first 8 bytes of SHA-256 of the key, in Anki's base91 alphabet. */
    static String guid(String key) {
        java.math.BigInteger n = new java.math.BigInteger(1, java.util.HexFormat.of().parseHex(sha256(key).substring(0, 16)));
        StringBuilder b = new StringBuilder();
        java.math.BigInteger ninetyOne = java.math.BigInteger.valueOf(91);
        do {
            java.math.BigInteger[] qr = n.divideAndRemainder(ninetyOne);
            b.append(BASE91.charAt(qr[1].intValue()));
            n = qr[0];
        } while (n.signum() > 0);
        return b.reverse().toString();
    }

    static String sha256(String s) {
        return digest("SHA-256", s);
    }

    static String sha1(String s) {
        return digest("SHA-1", s);
    }

    private static String digest(String alg, String s) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance(alg).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
