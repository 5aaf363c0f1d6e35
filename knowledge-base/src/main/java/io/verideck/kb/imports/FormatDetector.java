package io.verideck.kb.imports;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises a text source's format by its content, never by its file name. */
public final class FormatDetector {
    private static final Pattern ANKI_HEADER = Pattern.compile(
            "#(separator|html|tags|columns|notetype|deck|notetype column|deck column|tags column|guid column):.*");
    static final Pattern EXPANDER = Pattern.compile("\\((click|tap|press)\\b.{0,40}\\b(expand|reveal|show)\\b.*\\)");
    static final Pattern LECTURE = Pattern.compile("Lecture\\s+(\\d{1,2})\\s*[\u2013\u2014-]\\s*(.+)");
    private static final Pattern MD_HEADING = Pattern.compile("#{1,6}\\s+\\S.*");
    private static final Pattern QA_LINE = Pattern.compile("(?i)(Q|A|Question|Answer)\\s*[:.]\\s*.*");

    private FormatDetector() {
    }

    /** The most likely format of a decoded text source. */
    public static SourceFormat detect(SourceText source) {
        List<String> lines = source.lines();
        String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (ANKI_HEADER.matcher(first).matches()) return SourceFormat.ANKI_TEXT;
        int expanders = 0;
        int lectures = 0;
        int headings = 0;
        int qa = 0;
        int tabbed = 0;
        int nonBlank = 0;
        boolean rating = false;
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty()) continue;
            nonBlank++;
            if (EXPANDER.matcher(s).matches()) expanders++;
            if (LECTURE.matcher(s).matches()) lectures++;
            if (MD_HEADING.matcher(s).matches() || s.matches("\\*\\*[^*].*\\*\\*")) headings++;
            if (QA_LINE.matcher(s).matches()) qa++;
            if (l.indexOf('\t') > 0) tabbed++;
            if (s.equals("How well did you know this?")) rating = true;
        }
        if (expanders >= 2) return SourceFormat.HANDBOOK;
        if (rating || first.matches("\\d+") && lines.size() > 2 && isFlashcardStart(lines)) {
            return SourceFormat.FLASHCARDS;
        }
        if (lectures >= 2) return SourceFormat.SLIDES;
        String head = source.text().substring(0, Math.min(4096, source.text().length())).toLowerCase();
        if (head.startsWith("<!doctype") || head.contains("<html") || head.contains("<body")
                || head.contains("<details") || head.contains("<dl") || head.matches("(?s)\\s*<h[1-6].*")) {
            return SourceFormat.HTML;
        }
        if (qa >= 2 || headings >= 2) return SourceFormat.MARKDOWN;
        if (nonBlank > 0 && tabbed * 2 >= nonBlank) return SourceFormat.DELIMITED;
        if (first.matches("^\"?[^,\"]+\"?,.*") && nonBlank > 0 && looksLikeCsv(lines)) return SourceFormat.DELIMITED;
        return SourceFormat.EXAM;
    }

    private static boolean isFlashcardStart(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        return i + 1 < lines.size() && lines.get(i + 1).strip().equals("Q");
    }

    private static boolean looksLikeCsv(List<String> lines) {
        long withComma = lines.stream().filter(l -> !l.isBlank()).limit(50).filter(l -> l.contains(",")).count();
        long total = lines.stream().filter(l -> !l.isBlank()).limit(50).count();
        long sentences = lines.stream().filter(l -> !l.isBlank()).limit(50)
                .filter(l -> l.strip().endsWith("?") || l.strip().endsWith(".")).count();
        return withComma == total && sentences * 2 < total;
    }
}
