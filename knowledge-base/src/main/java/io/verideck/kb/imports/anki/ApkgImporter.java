package io.verideck.kb.imports.anki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verideck.kb.imports.HtmlToMarkdown;
import io.verideck.kb.imports.ImportException;
import io.verideck.kb.imports.ImportWarning;
import io.verideck.kb.imports.ImportedDocument;
import io.verideck.kb.imports.Note;
import io.verideck.kb.imports.ReviewEntry;
import io.verideck.kb.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an Anki package: notes (first field = question, the others = answer), their deck, tags, and
 * the review log. Works on a private temporary copy of the collection, deleted afterwards. The
 * "line" of a note is its 1-based position in the {@code notes} table.
 */
public final class ApkgImporter {
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c(\\d+)::(.*?)(::(.*?))?\\}\\}", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code file}; {@code shown} is the name used in messages. */
    public ImportedDocument read(Path file, String shown) throws ImportException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("verideck-apkg", ".sqlite");
            String entry = ApkgArchive.extractCollection(file, shown, tmp);
            return readCollection(tmp, shown, entry);
        } catch (IOException e) {
            throw new ImportException(new SourceLocation(shown, 1), "cannot read: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    private ImportedDocument readCollection(Path db, String shown, String entry) throws ImportException {
        SourceLocation where = new SourceLocation(shown, 1);
        List<ImportWarning> warnings = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            Map<Long, String> decks = decks(st);
            Set<Long> clozeModels = clozeModels(st);
            Map<Long, Long> deckOfNote = new HashMap<>();
            Map<Long, Long> noteOfCard = new HashMap<>();
            try (ResultSet rs = st.executeQuery("select id, nid, did from cards order by id")) {
                while (rs.next()) {
                    noteOfCard.put(rs.getLong(1), rs.getLong(2));
                    deckOfNote.putIfAbsent(rs.getLong(2), rs.getLong(3));
                }
            }
            record Raw(int row, long nid, String guid, long mid, String tags, String flds) {
            }
            List<Raw> raws = new ArrayList<>();
            Map<Long, String> guidOfNote = new HashMap<>();
            int row = 0;
            try (ResultSet rs = st.executeQuery("select id, guid, mid, tags, flds from notes order by id")) {
                while (rs.next()) {
                    row++;
                    raws.add(new Raw(row, rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
                    guidOfNote.put(rs.getLong(1), rs.getString(2));
                }
            }
            // HTML conversion dominates and notes are independent: convert on every core, keep the order.
            List<Object> converted = raws.parallelStream().map(r -> note(r.row(), r.nid(), r.guid(),
                    clozeModels.contains(r.mid()), r.tags(), r.flds(), decks.get(deckOfNote.get(r.nid())), shown)).toList();
            List<Note> notes = new ArrayList<>();
            for (Object o : converted) {
                if (o instanceof Note n) notes.add(n);
                else warnings.add((ImportWarning) o);
            }
            List<ReviewEntry> reviews = reviews(st, noteOfCard, guidOfNote);
            if (notes.isEmpty()) warnings.add(new ImportWarning(where, "the package (" + entry + ") holds no notes"));
            return new ImportedDocument(null, notes, List.of(), warnings, reviews);
        } catch (SQLException e) {
            throw new ImportException(where, "not a readable Anki collection (" + entry + "): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException(where, "malformed JSON in the collection: " + e.getMessage(), e);
        }
    }

    private static Object note(int row, long nid, String guid, boolean clozeModel, String tagText, String flds,
                               String deck, String shown) {
        String[] fields = String.valueOf(flds).split("\u001f", -1);
        boolean cloze = clozeModel || CLOZE.matcher(fields[0]).find();
        String question;
        String answer;
        if (cloze) {
            question = HtmlToMarkdown.convert(CLOZE.matcher(fields[0]).replaceAll(m ->
                    Matcher.quoteReplacement(m.group(4) != null ? "[" + m.group(4) + "]" : "[...]")), true);
            answer = HtmlToMarkdown.convert(CLOZE.matcher(fields[0]).replaceAll(m ->
                    Matcher.quoteReplacement("<b>" + m.group(2) + "</b>")), true);
            String extra = fields.length > 1 ? HtmlToMarkdown.convert(String.join("<br>", Arrays.copyOfRange(fields, 1, fields.length)), true) : "";
            if (!extra.isBlank()) answer = answer + "\n\n" + extra;
        } else {
            question = HtmlToMarkdown.convert(fields[0], true);
            List<String> rest = new ArrayList<>();
            for (int i = 1; i < fields.length; i++) {
                String f = HtmlToMarkdown.convert(fields[i], true);
                if (!f.isBlank()) rest.add(f);
            }
            answer = String.join("\n\n", rest);
        }
        if (question.isBlank()) {
            return new ImportWarning(new SourceLocation(shown, row), "note " + nid + " has an empty first field; skipped");
        }
        List<String> tags = Arrays.stream(String.valueOf(tagText).strip().split("\\s+")).filter(t -> !t.isBlank()).toList();
        return new Note(question, answer, row, tags, deck, answer.isBlank(), false, guid, null);
    }

    private static Map<Long, String> decks(Statement st) throws SQLException, IOException {
        Map<Long, String> out = new HashMap<>();
        if (hasTable(st, "decks")) {
            try (ResultSet rs = st.executeQuery("select id, name from decks")) {
                while (rs.next()) out.put(rs.getLong(1), rs.getString(2).replace("\u001f", "::"));
            }
        }
        if (out.isEmpty()) {
            try (ResultSet rs = st.executeQuery("select decks from col")) {
                if (rs.next() && rs.getString(1) != null && !rs.getString(1).isBlank()) {
                    JsonNode decks = JSON.readTree(rs.getString(1));
                    for (Iterator<JsonNode> it = decks.elements(); it.hasNext(); ) {
                        JsonNode d = it.next();
                        out.put(d.path("id").asLong(), d.path("name").asText("Default"));
                    }
                }
            }
        }
        return out;
    }

    private static Set<Long> clozeModels(Statement st) throws SQLException, IOException {
        Set<Long> out = new HashSet<>();
        try (ResultSet rs = st.executeQuery("select models from col")) {
            if (rs.next() && rs.getString(1) != null && !rs.getString(1).isBlank()) {
                for (Iterator<JsonNode> it = JSON.readTree(rs.getString(1)).elements(); it.hasNext(); ) {
                    JsonNode m = it.next();
                    if (m.path("type").asInt() == 1) out.add(m.path("id").asLong());
                }
            }
        }
        return out;
    }

    private static List<ReviewEntry> reviews(Statement st, Map<Long, Long> noteOfCard, Map<Long, String> guidOfNote)
            throws SQLException {
        List<ReviewEntry> out = new ArrayList<>();
        if (!hasTable(st, "revlog")) return out;
        java.util.Set<Long> seen = new HashSet<>();
        try (ResultSet rs = st.executeQuery("select id, cid, ease, time, type, factor from revlog order by cid, id")) {
            while (rs.next()) {
                int ease = rs.getInt(3);
                int type = rs.getInt(5);
                // As fsrs-rs does: manual reschedules and filtered (cram) reviews that did not schedule are dropped.
                if (ease == 0 || type == 4 || type == 3 && rs.getInt(6) == 0) continue;
                Long nid = noteOfCard.get(rs.getLong(2));
                String guid = nid == null ? null : guidOfNote.get(nid);
                if (guid == null) continue;
                // Our review log stores the card's state before the review: 0 new, 1 learning, 2 review, 3 relearning.
                int state = seen.add(rs.getLong(2)) && type == 0 ? 0 : switch (type) {
                    case 0 -> 1;
                    case 2 -> 3;
                    default -> 2;
                };
                out.add(new ReviewEntry(guid, rs.getLong(1), ease, state, rs.getLong(4)));
            }
        }
        return out;
    }

    private static boolean hasTable(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("select count(*) from sqlite_master where type='table' and name='" + name + "'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
