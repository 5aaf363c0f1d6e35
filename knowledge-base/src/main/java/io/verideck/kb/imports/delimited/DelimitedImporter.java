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
