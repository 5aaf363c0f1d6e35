package io.verideck.kb.imports.markdown;

import io.verideck.kb.imports.ImportWarning;
import io.verideck.kb.imports.ImportedDocument;
import io.verideck.kb.imports.Importer;
import io.verideck.kb.imports.Note;
import io.verideck.kb.imports.SourceFormat;
import io.verideck.kb.imports.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown notes. With {@code Q:}/{@code A:} lines those blocks are the cards. Otherwise the most
 * common heading level holds the questions (higher headings become tags), or, without headings,
 * each line that is entirely bold is a question. Headings inside code fences are ignored.
 */
public final class MarkdownQaImporter implements Importer {
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.+?)\\s*#*\\s*");
    private static final Pattern BOLD_LINE = Pattern.compile("\\*\\*([^*].*?)\\*\\*:?");
    private static final Pattern Q = Pattern.compile("(?i)(Q|Question)\\s*[:.]\\s*(.*)");
    private static final Pattern A = Pattern.compile("(?i)(A|Answer)\\s*[:.]\\s*(.*)");

    @Override
    public SourceFormat format() {
        return SourceFormat.MARKDOWN;
    }

    @Override
    public ImportedDocument read(SourceText source) {
        List<String> lines = new ArrayList<>(source.lines());
        int start = skipFrontMatter(lines);
        List<ImportWarning> warnings = new ArrayList<>();
        boolean qa = lines.stream().anyMatch(l -> Q.matcher(l.strip()).matches());
        List<Note> notes = qa ? qaBlocks(lines, start, source, warnings) : headed(lines, start, source, warnings);
        String title = null;
        for (String l : lines) {
            Matcher m = HEADING.matcher(l.strip());
            if (m.matches() && m.group(1).length() == 1) {
                title = m.group(2);
                break;
            }
        }
        String deckTitle = title;
        return ImportedDocument.of(qa || notes.stream().noneMatch(n -> n.question().equals(deckTitle)) ? deckTitle : null, notes, warnings);
    }

    private static int skipFrontMatter(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) return 0;
        for (int i = 1; i < lines.size(); i++) if (lines.get(i).strip().equals("---")) return i + 1;
        return 0;
    }

    private static List<Note> qaBlocks(List<String> lines, int start, SourceText source, List<ImportWarning> warnings) {
        List<Note> notes = new ArrayList<>();
        StringBuilder q = null;
        StringBuilder a = null;
        int qLine = 0;
        for (int i = start; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : null;
            Matcher mq = l == null ? null : Q.matcher(l.strip());
            if (l == null || mq.matches()) {
                if (q != null) add(notes, q.toString(), a == null ? "" : a.toString(), qLine, List.of(), source, warnings);
                if (l == null) break;
                q = new StringBuilder(mq.group(2));
                a = null;
                qLine = i + 1;
                continue;
            }
            Matcher ma = A.matcher(l.strip());
            if (q != null && a == null && ma.matches()) {
                a = new StringBuilder(ma.group(2));
            } else if (a != null) {
                a.append('\n').append(l);
            } else if (q != null && !l.isBlank()) {
                q.append(' ').append(l.strip());
            }
        }
        return notes;
    }

    private static List<Note> headed(List<String> lines, int start, SourceText source, List<ImportWarning> warnings) {
        Map<Integer, Integer> levels = new HashMap<>();
        boolean fenced = false;
        for (int i = start; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.strip().startsWith("```")) fenced = !fenced;
            Matcher m = HEADING.matcher(l);
            if (!fenced && m.matches()) levels.merge(m.group(1).length(), 1, Integer::sum);
        }
        int qLevel = levels.entrySet().stream().filter(e -> e.getKey() > 1 || levels.size() == 1)
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
        List<Note> notes = new ArrayList<>();
        List<String> section = new ArrayList<>();
        String q = null;
        int qLine = 0;
        StringBuilder a = new StringBuilder();
        fenced = false;
        for (int i = start; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : null;
            if (l != null && l.strip().startsWith("```")) fenced = !fenced;
            Matcher h = l == null || fenced ? null : HEADING.matcher(l);
            Matcher b = l == null || fenced || qLevel > 0 ? null : BOLD_LINE.matcher(l.strip());
            boolean heading = h != null && h.matches() && h.group(1).length() <= qLevel;
            boolean bold = b != null && b.matches();
            if (l == null || heading || bold) {
                if (q != null) add(notes, q, a.toString(), qLine, section, source, warnings);
                q = null;
                a.setLength(0);
                if (l == null) break;
                if (heading && h.group(1).length() < qLevel) {
                    section = List.of(h.group(2));
                    continue;
                }
                q = heading ? h.group(2) : b.group(1);
                qLine = i + 1;
                continue;
            }
            if (q != null) a.append(l).append('\n');
        }
        return notes;
    }

    private static void add(List<Note> notes, String q, String a, int line, List<String> tags, SourceText source,
                            List<ImportWarning> warnings) {
        String answer = demoteHeadings(a.strip());
        if (answer.isEmpty()) warnings.add(new ImportWarning(source.at(line), "question has no answer"));
        notes.add(Note.of(q.strip(), answer, line, tags, answer.isEmpty()));
    }

    /** Headings inside an answer must not start a new card in our format. */
    private static String demoteHeadings(String a) {
        return a.replaceAll("(?m)^#{1,2}(\\s)", "###$1");
    }
}
