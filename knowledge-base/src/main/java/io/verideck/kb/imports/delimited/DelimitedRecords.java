package io.verideck.kb.imports.delimited;

import io.verideck.kb.imports.ImportException;
import io.verideck.kb.imports.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180-style records: fields split on one separator character, {@code "..."} quoting with
 * {@code ""} for a quote, new lines allowed inside quotes. Lines starting with {@code #} before
 * the first record are skipped (they are comments or headers).
 */
public final class DelimitedRecords {
    /** One record and the 1-based line it starts on. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        public String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    private DelimitedRecords() {
    }

    /** Parses {@code text} starting at {@code fromLine} (1-based). */
    public static List<Row> parse(SourceText source, String text, int fromLine, char sep, boolean quotes)
            throws ImportException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = fromLine;
        int rowLine = line;
        boolean inQuotes = false;
        int quoteLine = 0;
        boolean atFieldStart = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && quotes && atFieldStart) {
                inQuotes = true;
                quoteLine = line;
                atFieldStart = false;
            } else if (c == sep) {
                fields.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                addRow(rows, rowLine, fields);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
                atFieldStart = true;
            } else {
                field.append(c);
                atFieldStart = false;
            }
        }
        if (inQuotes) {
            throw new ImportException(source.at(quoteLine), "quoted field is never closed (the file may be cut off)");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addRow(rows, rowLine, fields);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        if (fields.size() == 1 && fields.get(0).isBlank()) return;
        if (rows.isEmpty() && fields.size() >= 1 && fields.get(0).startsWith("#")) return;
        rows.add(new Row(line, fields));
    }

    /** The separator of the first record line: tab, then semicolon, then comma, then pipe. */
    public static char guessSeparator(List<String> sample) {
        String first = sample.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
        for (char c : new char[] {'\t', ';', ',', '|'}) {
            if (first.indexOf(c) >= 0) return c;
        }
        return '\t';
    }
}
