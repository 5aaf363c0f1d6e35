package io.verideck.kb.imports.slides;

import io.verideck.kb.imports.CardIds;
import io.verideck.kb.imports.ImportException;
import io.verideck.kb.imports.ImportWarning;
import io.verideck.kb.imports.ImportedDocument;
import io.verideck.kb.imports.Importer;
import io.verideck.kb.imports.Note;
import io.verideck.kb.imports.SafeMarkdown;
import io.verideck.kb.imports.SourceFormat;
import io.verideck.kb.imports.SourceText;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slide text to lecture notes (one section per agenda item) and draft cards (one per distinct slide). */
public final class SlideImporter implements Importer {
    private static final Pattern LECTURE = Pattern.compile("Lecture\\s+(\\d{1,2})\\s*[\u2013\u2014-]\\s*(.+)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    @Override
    public SourceFormat format() {
        return SourceFormat.SLIDES;
    }

    @Override
    public ImportedDocument read(SourceText source) throws ImportException {
        List<String> lines = source.lines().stream().map(l -> l.equals(" ") ? "" : l).toList();
        List<Integer> starts = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LECTURE.matcher(lines.get(i).strip());
            if (m.matches() && Integer.parseInt(m.group(1)) > last && Integer.parseInt(m.group(1)) <= 99) {
                starts.add(i);
                last = Integer.parseInt(m.group(1));
            }
        }
        if (starts.isEmpty()) throw new ImportException(source.at(1), "no 'Lecture N - Title' line found; not slide text");
        Set<String> header = new LinkedHashSet<>();
        for (int i = Math.max(0, starts.get(0) - 8); i < starts.get(0); i++) if (!lines.get(i).isBlank()) header.add(lines.get(i).strip());
        List<Lecture> lectures = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int s = starts.get(k);
            int end = k + 1 < starts.size() ? headerStart(lines, starts.get(k + 1), header) : lines.size();
            Matcher m = LECTURE.matcher(lines.get(s).strip());
            m.matches();
            int number = Integer.parseInt(m.group(1));
            String title = m.group(2).strip();
            List<Slide> slides = merge(SlideSplitter.split(lines, s + 1, end, header));
            lectures.add(lecture(source, number, title, slides, notes, warnings));
        }
        return new ImportedDocument(null, notes, lectures, warnings, List.of());
    }

    private static int headerStart(List<String> lines, int lectureLine, Set<String> header) {
        int i = lectureLine;
        while (i > 0 && (lines.get(i - 1).isBlank() || header.contains(lines.get(i - 1).strip()))) i--;
        return i;
    }

    /** Progressive build slides: same title, and the earlier content is contained in the later. */
    static List<Slide> merge(List<Slide> slides) {
        List<Slide> out = new ArrayList<>();
        for (Slide s : slides) {
            Slide prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.title().equals(s.title()) && !s.title().isEmpty()) {
                List<String> body = new ArrayList<>(s.body());
                Set<String> have = new HashSet<>(s.content());
                List<String> missing = prev.content().stream().filter(l -> !have.contains(l)).toList();
                if (!missing.isEmpty()) {
                    List<String> merged = new ArrayList<>(prev.body());
                    merged.add("");
                    for (String l : s.body()) if (!new HashSet<>(prev.content()).contains(l.strip())) merged.add(l);
                    body = merged;
                }
                out.set(out.size() - 1, new Slide(s.title(), prev.line(), body));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private Lecture lecture(SourceText source, int number, String title, List<Slide> slides, List<Note> notes,
                            List<ImportWarning> warnings) {
        String agenda = agendaTitle(slides);
        List<LectureSection> sections = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        String sectionTitle = "Overview";
        int sectionLine = slides.isEmpty() ? 1 : slides.get(0).line();
        StringBuilder body = new StringBuilder();
        Set<String> seenCards = new HashSet<>();
        String deck = "Lecture " + number + " \u2013 " + title;
        List<String> prevBold = List.of();
        for (Slide s : slides) {
            List<String> bold = boldItems(s);
            if (agenda != null && s.title().equals(agenda) && !bold.isEmpty()) {
                addSection(sections, anchors, sectionTitle, sectionLine, body);
                List<String> before = prevBold;
                List<String> fresh = bold.stream().filter(b -> !before.contains(b)).toList();
                sectionTitle = bold.size() == s.content().size() ? "Overview"
                        : fresh.isEmpty() ? bold.get(bold.size() - 1) : fresh.get(0);
                prevBold = bold;
                sectionLine = s.line();
                body = new StringBuilder();
                continue;
            }
            String md = SlideMarkdown.body(s.body());
            if (!s.title().isEmpty()) body.append("### ").append(s.title()).append("\n\n");
            body.append(md).append("\n\n");
            String key = s.title() + "\n" + String.join("\n", s.content());
            if (!s.title().isEmpty() && s.content().size() >= 2 && seenCards.add(key)) {
                String anchor = CardIds.slug(sectionTitle, 60);
                String q = s.title().endsWith("?") ? s.title()
                        : "What are the key points of \u201C" + s.title() + "\u201D (lecture " + number + ")?";
                notes.add(new Note(q, md, s.line(), List.of("lecture-" + number), deck, false, true, null,
                        anchor.isEmpty() ? String.valueOf(number) : number + "#" + uniqueAnchor(anchors, anchor, true)));
            }
        }
        addSection(sections, anchors, sectionTitle, sectionLine, body);
        if (sections.isEmpty()) warnings.add(new ImportWarning(source.at(1), "lecture " + number + " has no slides"));
        return new Lecture(number, title, source.file(), "Imported from " + source.file() + ".", sections);
    }

    private static void addSection(List<LectureSection> sections, Set<String> anchors, String title, int line, StringBuilder body) {
        String b = body.toString().strip();
        if (b.isEmpty()) return;
        String anchor = uniqueAnchor(anchors, CardIds.slug(title, 60).isEmpty() ? "section" : CardIds.slug(title, 60), false);
        anchors.add(anchor);
        sections.add(new LectureSection(anchor, title, SafeMarkdown.clean(b), line));
    }

    /** The anchor the next section with this slug will get (peek) or got. */
    private static String uniqueAnchor(Set<String> anchors, String slug, boolean peek) {
        String a = slug;
        for (int k = 2; anchors.contains(a); k++) a = slug + "-" + k;
        return a;
    }

    /** The title that recurs with a bullet list holding exactly one bold item: the agenda. */
    static String agendaTitle(List<Slide> slides) {
        Map<String, Integer> counts = new HashMap<>();
        for (Slide s : slides) if (!boldItems(s).isEmpty()) counts.merge(s.title(), 1, Integer::sum);
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2 && !e.getKey().isEmpty())
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The bold items of an agenda-shaped slide (only bullet lines, at least one bold), else empty. */
    static List<String> boldItems(Slide s) {
        List<String> c = s.content();
        if (c.size() < 2 || !c.stream().allMatch(l -> l.startsWith("-"))) return List.of();
        List<String> out = new ArrayList<>();
        for (String l : c) {
            Matcher m = BOLD.matcher(l);
            if (m.find()) {
                String item = m.group(1).replaceAll("^\\d+\\.\\s*", "").strip();
                if (!item.isEmpty()) out.add(item);
            }
        }
        return out;
    }}
