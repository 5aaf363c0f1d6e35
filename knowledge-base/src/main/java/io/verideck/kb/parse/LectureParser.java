package io.verideck.kb.parse;

import io.verideck.kb.check.Problem;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a lecture page: front matter ({@code lecture}, {@code title}) and one section per {@code ##}. */
public final class LectureParser {
    private static final Pattern ANCHOR = Pattern.compile("(.*?)\\s*\\{#([a-z0-9][a-z0-9-]*)\\}\\s*$");
    private static final Pattern FILE_NAME = Pattern.compile("(\\d\\d)-[a-z0-9][a-z0-9-]*\\.md");

    private LectureParser() {
    }

    public static ParsedLecture parse(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        SourceText src = new SourceText(text);
        FrontMatter fm = FrontMatter.read(file, src, problems);
        String base = file.replace('\\', '/').substring(file.replace('\\', '/').lastIndexOf('/') + 1);
        Matcher fn = FILE_NAME.matcher(base);
        if (!fn.matches()) {
            problems.add(Problem.error(file, 1, "lecture file name must be NN-title.md (two digits, lower-case words), got '" + base + "'"));
        }
        String num = fm.scalar("lecture");
        String title = fm.scalar("title");
        int number = -1;
        if (num == null) {
            problems.add(Problem.error(file, 1, "lecture notes need front matter with 'lecture: N' and 'title: ...'"));
        } else if (!num.matches("\\d{1,2}")) {
            problems.add(Problem.error(file, 1, "front matter 'lecture' must be a number, got '" + num + "'"));
        } else {
            number = Integer.parseInt(num);
            if (fn.matches() && Integer.parseInt(fn.group(1)) != number) {
                problems.add(Problem.error(file, 1, "file name says lecture " + fn.group(1) + " but front matter says " + number));
            }
        }
        if (title == null && num != null) problems.add(Problem.error(file, 1, "front matter has no 'title'"));
        List<Integer> starts = new ArrayList<>();
        for (int i = fm.endLine(); i < src.size(); i++) {
            if (src.heading(i, 2) != null) starts.add(i);
        }
        int introEnd = starts.isEmpty() ? src.size() : starts.get(0);
        int a = fm.endLine();
        while (a < introEnd && src.line(a).isBlank()) a++;
        if (a < introEnd && src.heading(a, 1) != null) a++;
        String intro = src.join(a, introEnd);
        List<LectureSection> sections = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : src.size();
            String heading = src.heading(start, 2);
            String anchor;
            Matcher m = ANCHOR.matcher(heading);
            if (m.matches()) {
                heading = m.group(1);
                anchor = m.group(2);
            } else {
                anchor = Slugs.of(heading);
            }
            if (heading.isBlank()) problems.add(Problem.error(file, start + 1, "section has an empty heading"));
            Integer prev = seen.putIfAbsent(anchor, start + 1);
            if (prev != null) {
                problems.add(Problem.error(file, start + 1, "duplicate section anchor '" + anchor + "' (first at line " + prev + ")"));
            }
            String body = src.join(start + 1, end);
            DeckParser.checkMath(file, start + 1, "heading", heading, problems);
            int bodyLine = start + 1;
            while (bodyLine < end && src.line(bodyLine).isBlank()) bodyLine++;
            DeckParser.checkMath(file, bodyLine + 1, "section", body, problems);
            sections.add(new LectureSection(anchor, heading, body, start + 1));
        }
        if (sections.isEmpty()) problems.add(Problem.error(file, 1, "lecture notes have no '## ' sections"));
        Lecture lecture = number < 0 ? null
                : new Lecture(number, title == null ? "Lecture " + number : title, file, intro, sections);
        return new ParsedLecture(lecture, problems);
    }
}
