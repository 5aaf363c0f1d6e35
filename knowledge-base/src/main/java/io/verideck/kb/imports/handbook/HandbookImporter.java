package io.verideck.kb.imports.handbook;

import io.verideck.kb.imports.ImportException;
import io.verideck.kb.imports.ImportWarning;
import io.verideck.kb.imports.ImportedDocument;
import io.verideck.kb.imports.Importer;
import io.verideck.kb.imports.Note;
import io.verideck.kb.imports.SourceFormat;
import io.verideck.kb.imports.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flattened Q&amp;A pages: each question is the last non-blank line before an expander marker
 * ("(click the triangle to expand ...)"); the answer runs to the next question, section heading or
 * footer. Sections come from the table of contents; an empty slot in it (two blank lines) marks a
 * section whose heading was lost, which then starts after a double blank line in the body.
 */
public final class HandbookImporter implements Importer {
    private static final Pattern MARKER = Pattern.compile("\\((click|tap|press)\\b.{0,40}\\b(expand|reveal|show)\\b.*\\)");
    private static final Set<String> FOOTERS = Set.of("References and Resources", "References", "Further reading");

    @Override
    public SourceFormat format() {
        return SourceFormat.HANDBOOK;
    }

    @Override
    public ImportedDocument read(SourceText source) throws ImportException {
        List<String> lines = new ArrayList<>();
        for (String l : source.lines()) lines.add(l.replace('\u00A0', ' ').replace('\u2005', ' ').replace('\u200A', ' '));
        List<ImportWarning> warnings = new ArrayList<>();
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (FOOTERS.contains(lines.get(i).strip())) {
                end = i;
                break;
            }
        }
        List<Integer> markers = new ArrayList<>();
        for (int i = 0; i < end; i++) if (MARKER.matcher(lines.get(i).strip()).matches()) markers.add(i);
        if (markers.isEmpty()) throw new ImportException(source.at(1), "no question markers found; not a handbook page");
        Toc toc = Toc.find(lines, markers.get(0));
        List<Integer> questionLines = new ArrayList<>();
        for (int m : markers) {
            int q = m - 1;
            while (q >= 0 && lines.get(q).isBlank()) q--;
            if (q < 0) throw new ImportException(source.at(m + 1), "expander marker with no question before it");
            questionLines.add(q);
        }
        String title = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse(null);
        List<Note> notes = new ArrayList<>();
        String section = null;
        int sectionIndex = -1;
        int scanFrom = toc.end();
        boolean gapUsed = false;
        for (int k = 0; k < markers.size(); k++) {
            int q = questionLines.get(k);
            // Section headings between the previous answer and this question.
            for (int i = scanFrom; i < q; i++) {
                int idx = toc.indexOf(lines.get(i).strip());
                if (idx >= 0 && idx > sectionIndex) {
                    section = toc.names().get(idx);
                    sectionIndex = idx;
                }
            }
            if (!gapUsed && toc.gapAfter() >= 0 && sectionIndex == toc.gapAfter() && k > 0
                    && doubleBlankBefore(lines, q)) {
                gapUsed = true;
                section = "Untitled section " + (toc.gapAfter() + 2);
                warnings.add(new ImportWarning(source.at(q + 1), "this section has no heading in the source "
                        + "(the table of contents has an empty slot); named '" + section + "'"));
            }
            int answerEnd = k + 1 < markers.size() ? questionLines.get(k + 1) : end;
            for (int i = markers.get(k) + 1; i < answerEnd; i++) {
                if (toc.indexOf(lines.get(i).strip()) > sectionIndex) {
                    answerEnd = i;
                    break;
                }
            }
            String question = DoubledMath.repair(lines.get(q).strip());
            String answer = AnswerText.clean(lines.subList(markers.get(k) + 1, answerEnd), markers.get(k) + 2,
                    source, warnings);
            List<String> tags = section == null ? List.of() : List.of(section);
            boolean incomplete = answer.isBlank();
            if (!notes.isEmpty() && !answer.isBlank() && answer.equals(notes.get(notes.size() - 1).answer())) {
                warnings.add(new ImportWarning(source.at(q + 1), "answer is a copy of the previous question's answer; marked draft"));
                incomplete = true;
            }
            if (answer.isBlank()) warnings.add(new ImportWarning(source.at(q + 1), "question has no answer"));
            notes.add(Note.of(question, answer, q + 1, tags, incomplete));
            scanFrom = answerEnd;
        }
        return ImportedDocument.of(title, notes, warnings);
    }

    private static boolean doubleBlankBefore(List<String> lines, int q) {
        return q >= 2 && lines.get(q - 1).isBlank() && lines.get(q - 2).isBlank();
    }

    /** The table of contents: names in order, the index of the entry before an empty slot, its end line. */
    record Toc(List<String> names, int gapAfter, int end) {
        int indexOf(String line) {
            return line.isEmpty() ? -1 : names.indexOf(line);
        }

        static Toc find(List<String> lines, int firstMarker) {
            int start = -1;
            for (int i = 0; i < firstMarker; i++) {
                if (lines.get(i).strip().equalsIgnoreCase("Table of Contents") || lines.get(i).strip().equalsIgnoreCase("Contents")) {
                    start = i;
                    break;
                }
            }
            if (start < 0) return new Toc(List.of(), -1, 0);
            Set<String> names = new LinkedHashSet<>();
            int gapAfter = -1;
            int blanks = 0;
            int i = start + 1;
            for (; i < firstMarker; i++) {
                String l = lines.get(i).strip();
                if (l.isEmpty()) {
                    blanks++;
                    continue;
                }
                if (names.contains(l)) break;
                if (blanks >= 2 && !names.isEmpty() && gapAfter < 0) gapAfter = names.size() - 1;
                blanks = 0;
                names.add(l);
            }
            return new Toc(List.copyOf(names), gapAfter, i);
        }
    }
}
