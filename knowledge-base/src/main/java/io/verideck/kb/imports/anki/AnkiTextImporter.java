package io.verideck.kb.imports.anki;

import io.verideck.kb.imports.HtmlToMarkdown;
import io.verideck.kb.imports.ImportException;
import io.verideck.kb.imports.ImportWarning;
import io.verideck.kb.imports.ImportedDocument;
import io.verideck.kb.imports.Importer;
import io.verideck.kb.imports.Note;
import io.verideck.kb.imports.SafeMarkdown;
import io.verideck.kb.imports.SourceFormat;
import io.verideck.kb.imports.SourceText;
import io.verideck.kb.imports.delimited.DelimitedRecords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Anki's "Notes in Plain Text" export and hand-written Anki import files with {@code #key:value} headers. */
public final class AnkiTextImporter implements Importer {
    private static final Map<String, Character> SEPARATORS = Map.of("comma", ',', "semicolon", ';', "tab", '\t',
            "space", ' ', "pipe", '|', "colon", ':');

    @Override
    public SourceFormat format() {
        return SourceFormat.ANKI_TEXT;
    }

    @Override
    public ImportedDocument read(SourceText source) throws ImportException {
        List<String> lines = source.lines();
        Map<String, String> headers = new HashMap<>();
        int body = 0;
        while (body < lines.size() && lines.get(body).startsWith("#")) {
            String h = lines.get(body).substring(1);
            int colon = h.indexOf(':');
            if (colon > 0) headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
            body++;
        }
        List<ImportWarning> warnings = new ArrayList<>();
        char sep = separator(source, headers.get("separator"), lines.subList(body, Math.min(lines.size(), body + 200)));
        boolean html = !"false".equalsIgnoreCase(headers.getOrDefault("html", "true"));
        int tagsCol = column(source, headers, "tags column");
        int guidCol = column(source, headers, "guid column");
        int deckCol = column(source, headers, "deck column");
        int typeCol = column(source, headers, "notetype column");
        List<String> fileTags = headers.containsKey("tags") ? Arrays.asList(headers.get("tags").split("\\s+")) : List.of();
        String deckHeader = headers.get("deck");
        int offset = 0;
        for (int i = 0; i < body; i++) offset += lines.get(i).length() + 1;
        String text = source.text().substring(Math.min(offset, source.text().length()));
        int[] meta = {tagsCol, guidCol, deckCol, typeCol};
        // Field conversion (HTML parsing and sanitising) dominates; rows are independent, so use every core.
        List<Object> converted = DelimitedRecords.parse(source, text, body + 1, sep, true).parallelStream()
                .map(row -> note(source, row, meta, html, fileTags, deckHeader)).toList();
        List<Note> notes = new ArrayList<>();
        for (Object o : converted) {
            if (o instanceof Note n) notes.add(n);
            else warnings.add((ImportWarning) o);
        }
        return ImportedDocument.of(deckHeader, notes, warnings);
    }

    /** One row to a {@link Note}, or an {@link ImportWarning} when it has to be skipped. */
    private static Object note(SourceText source, DelimitedRecords.Row row, int[] meta, boolean html,
                               List<String> fileTags, String deckHeader) {
        int tagsCol = meta[0];
        int guidCol = meta[1];
        int deckCol = meta[2];
        List<String> content = new ArrayList<>();
        for (int c = 0; c < row.fields().size(); c++) {
            final int col = c;
            if (java.util.Arrays.stream(meta).anyMatch(m -> m == col)) continue;
            content.add(row.fields().get(c));
        }
        String front = convert(content.isEmpty() ? "" : content.get(0), html);
        StringBuilder back = new StringBuilder();
        for (int c = 1; c < content.size(); c++) {
            String f = convert(content.get(c), html);
            if (f.isBlank()) continue;
            if (back.length() > 0) back.append("\n\n");
            back.append(f);
        }
        if (front.isBlank()) return new ImportWarning(source.at(row.line()), "note has an empty first field; skipped");
        List<String> tags = new ArrayList<>(fileTags);
        if (tagsCol >= 0) tags.addAll(Arrays.asList(row.field(tagsCol).strip().split("\\s+")));
        tags.removeIf(String::isBlank);
        String deck = deckCol >= 0 && !row.field(deckCol).isBlank() ? row.field(deckCol).strip() : deckHeader;
        String key = guidCol >= 0 && !row.field(guidCol).isBlank() ? row.field(guidCol) : null;
        return new Note(front, back.toString(), row.line(), tags, deck, back.length() == 0, false, key, null);
    }

    private static String convert(String field, boolean html) {
        return html ? HtmlToMarkdown.convert(field, true) : SafeMarkdown.literalDollars(field.strip());
    }

    private static char separator(SourceText source, String header, List<String> sample) throws ImportException {
        if (header == null) return DelimitedRecords.guessSeparator(sample);
        Character named = SEPARATORS.get(header.toLowerCase(Locale.ROOT));
        if (named != null) return named;
        if (header.length() == 1) return header.charAt(0);
        throw new ImportException(source.at(1), "unknown #separator '" + header
                + "' (expected Comma, Semicolon, Tab, Space, Pipe, Colon or one character)");
    }

    private static int column(SourceText source, Map<String, String> headers, String key) throws ImportException {
        String v = headers.get(key);
        if (v == null) return -1;
        try {
            int c = Integer.parseInt(v.strip());
            if (c < 1) throw new NumberFormatException();
            return c - 1;
        } catch (NumberFormatException e) {
            throw new ImportException(source.at(1), "#" + key + " must be a column number (1, 2, ...), not '" + v + "'");
        }
    }
}
