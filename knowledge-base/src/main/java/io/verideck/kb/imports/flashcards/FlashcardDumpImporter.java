package io.verideck.kb.imports.flashcards;

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
import java.util.Set;

/**
 * Reads both layouts of a flashcard dump. A card number is the first line, the line after the
 * rating scale's last line, or (compact layout) every third line: never just "a line with digits",
 * since the rating scale's {@code 1..5} look the same. The rating scale is dropped; empty, cut-off
 * and lost-image answers are flagged ({@link AnswerFlags}).
 */
public final class FlashcardDumpImporter implements Importer {
    static final String RATING_PROMPT = "How well did you know this?";
    private static final Set<String> RATING_LINES = Set.of("1", "2", "3", "4", "5", "Not at all", "Perfectly");

    @Override
    public SourceFormat format() {
        return SourceFormat.FLASHCARDS;
    }

    @Override
    public ImportedDocument read(SourceText source) throws ImportException {
        List<String> lines = source.lines();
        List<Note> notes = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        int i = skipBlank(lines, 0);
        int expected = -1;
        while (i < lines.size()) {
            String numLine = lines.get(i).strip();
            if (!numLine.matches("\\d{1,6}")) {
                throw new ImportException(source.at(i + 1), "expected a card number, found '" + shorten(numLine) + "'");
            }
            int number = Integer.parseInt(numLine);
            if (expected >= 0 && number != expected) {
                warnings.add(new ImportWarning(source.at(i + 1), "card number " + number + " where " + expected + " was expected"));
            }
            expected = number + 1;
            int cardLine = i + 1;
            String question;
            String answer;
            if (i + 1 < lines.size() && lines.get(i + 1).strip().equals("Q")) {
                int a = find(lines, i + 2, "A");
                if (a < 0) throw new ImportException(source.at(i + 2), "card " + number + ": 'Q' without a matching 'A' line");
                question = paragraphs(lines.subList(i + 2, a));
                int prompt = find(lines, a + 1, RATING_PROMPT);
                int answerEnd = prompt < 0 ? nextCardStart(lines, a + 1) : prompt;
                answer = paragraphs(lines.subList(a + 1, answerEnd));
                i = prompt < 0 ? answerEnd : skipRating(lines, prompt + 1);
            } else {
                if (i + 2 >= lines.size()) {
                    question = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
                    answer = "";
                    warnings.add(new ImportWarning(source.at(cardLine), "card " + number + " is cut off at the end of the file"));
                    i = lines.size();
                } else {
                    question = lines.get(i + 1).strip();
                    answer = lines.get(i + 2).strip();
                    i += 3;
                }
            }
            i = skipBlank(lines, i);
            if (question.isBlank()) {
                warnings.add(new ImportWarning(source.at(cardLine), "card " + number + " has no question; skipped"));
                continue;
            }
            List<String> flags = AnswerFlags.check(answer);
            for (String f : flags) warnings.add(new ImportWarning(source.at(cardLine), "card " + number + ": " + f));
            notes.add(Note.of(SafeMarkdown.literalDollars(question), SafeMarkdown.literalDollars(answer), cardLine, List.of(), !flags.isEmpty()));
        }
        return ImportedDocument.of(null, notes, warnings);
    }

    private static int skipRating(List<String> lines, int i) {
        int j = i;
        while (j < lines.size() && RATING_LINES.contains(lines.get(j).strip())) {
            boolean last = lines.get(j).strip().equals("Perfectly");
            j++;
            if (last) break;
        }
        return j;
    }

    private static int nextCardStart(List<String> lines, int from) {
        for (int j = from; j + 1 < lines.size(); j++) {
            if (lines.get(j).strip().matches("\\d+") && lines.get(j + 1).strip().equals("Q")) return j;
        }
        return lines.size();
    }

    private static int find(List<String> lines, int from, String exact) {
        for (int j = from; j < lines.size(); j++) {
            String s = lines.get(j).strip();
            if (s.equals(exact)) return j;
            if (!exact.equals(RATING_PROMPT) && s.equals(RATING_PROMPT)) return -1;
        }
        return -1;
    }

    private static int skipBlank(List<String> lines, int i) {
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        return i;
    }

    /** Blank-separated paragraphs kept as Markdown paragraphs. */
    private static String paragraphs(List<String> block) {
        return String.join("\n", block.stream().map(String::strip).toList()).replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
