package io.verideck.kb.imports.html;

import io.verideck.kb.imports.HtmlToMarkdown;
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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML pages: each {@code <summary>} and {@code <dt>} is a question; otherwise the most common
 * heading level holds the questions. Questions are marked in the DOM with their source line, the
 * page is converted (and sanitised) by {@link HtmlToMarkdown}, and the Markdown is cut at the marks.
 */
public final class HtmlQaImporter implements Importer {
    private static final Pattern MARK = Pattern.compile("(?m)^\\s*\u2063Q(\\d+):(\\d+)\u2063\\s*(.*)$");

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML;
    }

    @Override
    public ImportedDocument read(SourceText source) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = parser.parseInput(source.text(), "");
        String title = doc.title().isBlank() ? null : doc.title().strip();
        HtmlToMarkdown.recoverMath(doc);
        for (Element e : doc.select("summary, dt")) mark(e, 9);
        Map<Integer, Integer> levels = new HashMap<>();
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) levels.merge(h.normalName().charAt(1) - '0', 1, Integer::sum);
        int qLevel = levels.entrySet().stream().filter(e -> e.getKey() > 1 || levels.size() == 1)
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
        boolean hasDetails = !doc.select("summary, dt").isEmpty();
        if (!hasDetails && qLevel > 0) {
            for (Element h : doc.select("h" + qLevel)) mark(h, qLevel);
        }
        String md = HtmlToMarkdown.convert(doc.body().html());
        List<Note> notes = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        Matcher m = MARK.matcher(md);
        String q = null;
        int qLine = 0;
        int from = 0;
        while (true) {
            boolean found = m.find();
            if (q != null) {
                String a = md.substring(from, found ? m.start() : md.length()).strip().replaceAll("(?m)^#{1,2}(\\s)", "###$1");
                a = a.replaceAll("\u2063", "");
                if (a.isEmpty()) warnings.add(new ImportWarning(source.at(qLine), "question has no answer"));
                notes.add(Note.of(q, a, qLine, List.of(), a.isEmpty()));
            }
            if (!found) break;
            q = m.group(3).replace("**", "").strip();
            qLine = Integer.parseInt(m.group(2));
            from = m.end();
            if (q.isEmpty()) q = null;
        }
        return ImportedDocument.of(title, notes, warnings);
    }

    private static void mark(Element e, int level) {
        int line = Math.max(1, e.sourceRange().start().lineNumber());
        String text = HtmlToMarkdown.convert(e.html()).replaceAll("\\s+", " ").strip();
        Element p = new Element("p");
        p.text("\u2063Q" + level + ":" + line + "\u2063 " + text);
        e.replaceWith(p);
    }
}
