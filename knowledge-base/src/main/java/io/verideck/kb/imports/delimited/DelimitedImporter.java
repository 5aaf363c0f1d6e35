package io.verideck.kb.imports.delimited;

import io.verideck.kb.imports.ImportException;
import io.verideck.kb.imports.ImportWarning;
import io.verideck.kb.imports.ImportedDocument;
import io.verideck.kb.imports.Importer;
import io.verideck.kb.imports.Note;
import io.verideck.kb.imports.SafeMarkdown;
import io.verideck.kb.imports.SourceFormat;
import io.verideck.kb.imports.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Quizlet and other two-column exports. Rows separated by blank lines (Quizlet's choice for
 * multi-line definitions) are recognised when a blank-line block holds exactly one separator.
 */
public final class DelimitedImporter implements Importer {
    /**
     * Quizlet's "rows separated by a blank line" layout: every blank-line block has exactly one
     * separator and at least one block spans several lines. Null when the text is not laid out so.
     */
    static List<DelimitedRecords.Row> blankLineRows(List<String> lines, char sep) {
        List<DelimitedRecords.Row> rows = new ArrayList<>();
        boolean multiLine = false;
        StringBuilder block = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : "";
            if (!l.isBlank()) {
                if (block.length() == 0) start = i + 1;
                else block.append('\n');
                block.append(l);
                continue;
            }
            if (block.length() == 0) continue;
            String b = block.toString();
            int at = b.indexOf(sep);
            if (at < 0 || b.indexOf(sep, at + 1) >= 0) return null;
            if (b.indexOf('\n') >= 0) multiLine = true;
            rows.add(new DelimitedRecords.Row(start, List.of(b.substring(0, at), b.substring(at + 1))));
            block.setLength(0);
        }
        return multiLine ? rows : null;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.DELIMITED;
    }

    @Override
    public ImportedDocument read(SourceText source) throws ImportException {
        List<String> lines = source.lines();
        char sep = DelimitedRecords.guessSeparator(lines.subList(0, Math.min(lines.size(), 200)));
        List<Note> notes = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        List<DelimitedRecords.Row> blocks = blankLineRows(lines, sep);
        if (blocks != null) {
            for (DelimitedRecords.Row row : blocks) {
                notes.add(Note.of(SafeMarkdown.literalDollars(row.field(0).strip()), SafeMarkdown.literalDollars(row.field(1).strip()),
                        row.line(), List.of(), row.field(1).isBlank()));
            }
            return ImportedDocument.of(null, notes, warnings);
        }
        for (DelimitedRecords.Row row : DelimitedRecords.parse(source, source.text(), 1, sep, true)) {
            String q = row.field(0).strip();
            String a = row.fields().size() > 2 ? String.join("\n\n", row.fields().subList(1, row.fields().size())).strip()
                    : row.field(1).strip();
            if (q.isEmpty()) {
                warnings.add(new ImportWarning(source.at(row.line()), "row has no term; skipped"));
                continue;
            }
            if (row.fields().size() < 2) warnings.add(new ImportWarning(source.at(row.line()), "row has no definition"));
            notes.add(Note.of(SafeMarkdown.literalDollars(q), SafeMarkdown.literalDollars(a), row.line(), List.of(), a.isEmpty()));
        }
        return ImportedDocument.of(null, notes, warnings);
    }
}
