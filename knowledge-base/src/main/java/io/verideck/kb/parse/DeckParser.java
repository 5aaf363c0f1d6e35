package io.verideck.kb.parse;

import io.verideck.kb.check.Problem;
import io.verideck.kb.content.Vocabulary;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.LectureRef;
import io.verideck.kb.model.SourceLocation;
import io.verideck.kb.tex.MathSpans;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deck file (docs/card-format.md): front matter, then one card per {@code ##} heading with its
 * field block and answer. Problems inside one file are reported here; problems across files (duplicate
 * ids) belong to {@link io.verideck.kb.check.Validator}.
 */
public final class DeckParser {
    private static final Pattern FIELD = Pattern.compile("([a-z][a-z ]*[a-z]):(.*)");
    private static final Pattern LOOKS_LIKE_FIELD = Pattern.compile("[A-Za-z][A-Za-z _-]{0,30}:.*");

    private final Vocabulary vocabulary;

    public DeckParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Parses with the built-in vocabulary. */
    public static ParsedDeck parse(String file, String text) {
        return new DeckParser(Vocabulary.builtin()).read(file, text);
    }

    public ParsedDeck read(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        SourceText src = new SourceText(text);
        FrontMatter fm = FrontMatter.read(file, src, problems);
        String name = fm.scalar("deck");
        if (fm.endLine() == 0 && problems.isEmpty()) {
            problems.add(Problem.error(file, 1, "deck has no front matter (expected '---', 'deck: NAME', '---')"));
        } else if (name == null && fm.endLine() > 0) {
            problems.add(Problem.error(file, 1, "front matter has no 'deck' key"));
        }
        if (name == null) name = baseName(file);
        List<String> deckTags = fm.values().getOrDefault("tags", List.of());
        for (String t : deckTags) checkTag(file, 1, t, problems);
        LectureRef deckLecture = null;
        String lec = fm.scalar("lecture");
        if (lec != null) {
            deckLecture = LectureRef.parse(lec);
            if (deckLecture == null) problems.add(Problem.error(file, 1, "front matter 'lecture' must be N or N#anchor, got '" + lec + "'"));
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = fm.endLine(); i < src.size(); i++) {
            if (src.heading(i, 2) != null) starts.add(i);
        }
        int introEnd = starts.isEmpty() ? src.size() : starts.get(0);
        String intro = stripTitle(src, fm.endLine(), introEnd);
        List<Card> cards = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : src.size();
            Card c = readCard(file, name, deckTags, deckLecture, src, start, end, problems);
            if (c != null) cards.add(c);
        }
        return new ParsedDeck(new Deck(name, file, deckTags, intro, cards), problems);
    }

    private Card readCard(String file, String deck, List<String> deckTags, LectureRef deckLecture, SourceText src,
                          int start, int end, List<Problem> problems) {
        int line = start + 1;
        String question = src.heading(start, 2);
        if (question.isBlank()) problems.add(Problem.error(file, line, "card has an empty question"));
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        int i = start + 1;
        for (; i < end && !src.line(i).isBlank(); i++) {
            String raw = src.line(i).strip();
            Matcher m = FIELD.matcher(raw);
            if (!m.matches()) {
                if (fields.isEmpty() && !LOOKS_LIKE_FIELD.matcher(raw).matches()) {
                    problems.add(Problem.error(file, i + 1, "expected the card's fields (id: ...) right under the question,"
                            + " then a blank line before the answer"));
                } else {
                    problems.add(Problem.error(file, i + 1, "malformed field '" + abbreviate(raw)
                            + "' (expected lower-case 'name: value'; names: " + String.join(", ", CardFields.ALL) + ")"));
                }
                continue;
            }
            String key = m.group(1);
            if (!CardFields.NAMES.contains(key)) {
                problems.add(Problem.error(file, i + 1, "unknown field '" + key + "' (expected one of: "
                        + String.join(", ", CardFields.ALL) + ")"));
                continue;
            }
            if (fields.containsKey(key)) {
                problems.add(Problem.error(file, i + 1, "field '" + key + "' repeated (first at line " + fieldLines.get(key) + ")"));
                continue;
            }
            fields.put(key, m.group(2).strip());
            fieldLines.put(key, i + 1);
        }
        String answer = src.join(i, end);
        String id = fields.get(CardFields.ID);
        if (id == null || id.isEmpty()) {
            problems.add(Problem.error(file, line, "card has no id field (add 'id: some-stable-id' under the question)"));
            return null;
        }
        if (!id.matches(CardFields.ID_PATTERN)) {
            problems.add(Problem.error(file, fieldLines.get(CardFields.ID), "malformed id '" + abbreviate(id)
                    + "' (lower-case letters, digits and '-', 3 to 80 characters)"));
        }
        if (answer.isBlank()) problems.add(Problem.error(file, line, "card '" + id + "' has an empty answer"));
        checkMath(file, line, "question", question, problems);
        int answerLine = i;
        while (answerLine < end && src.line(answerLine).isBlank()) answerLine++;
        checkMath(file, answerLine + 1, "answer", answer, problems);
        LinkedHashSet<String> tags = new LinkedHashSet<>(deckTags);
        for (String t : list(fields.get(CardFields.TAGS))) {
            checkTag(file, fieldLines.get(CardFields.TAGS), t, problems);
            tags.add(t);
        }
        LectureRef lecture = deckLecture;
        if (fields.containsKey(CardFields.LECTURE)) {
            lecture = LectureRef.parse(fields.get(CardFields.LECTURE));
            if (lecture == null || lecture.number() < 1 || lecture.number() > 99) {
                problems.add(Problem.error(file, fieldLines.get(CardFields.LECTURE),
                        "lecture must be N or N#section-anchor, got '" + abbreviate(fields.get(CardFields.LECTURE)) + "'"));
                lecture = null;
            }
        }
        List<String> covers = list(fields.get(CardFields.COVERS));
        for (String t : covers) {
            if (!vocabulary.isTopic(t)) problems.add(Problem.error(file, fieldLines.get(CardFields.COVERS), "unknown topic id '" + t + "' in covers"));
        }
        List<String> claims = new ArrayList<>();
        for (String c : list(fields.get(CardFields.CLAIMS))) {
            var canonical = vocabulary.claimId(c);
            if (canonical.isEmpty()) {
                problems.add(Problem.error(file, fieldLines.get(CardFields.CLAIMS), "unknown claim '" + c + "' in claims"));
            } else if (!claims.contains(canonical.get())) {
                claims.add(canonical.get());
            }
        }
        List<String> refutes = list(fields.get(CardFields.REFUTES));
        for (String z : refutes) {
            if (!vocabulary.isMistake(z)) problems.add(Problem.error(file, fieldLines.get(CardFields.REFUTES), "unknown mistake id '" + z + "' in refutes"));
        }
        List<String> keyPoints = new ArrayList<>();
        if (fields.containsKey(CardFields.KEY_POINTS)) {
            for (String p : fields.get(CardFields.KEY_POINTS).split(";")) {
                if (!p.isBlank()) keyPoints.add(p.strip());
            }
            if (keyPoints.size() < 2 || keyPoints.size() > 5) {
                problems.add(Problem.error(file, fieldLines.get(CardFields.KEY_POINTS),
                        "key points must be 2 to 5 phrases separated by ';', found " + keyPoints.size()));
            }
        }
        String formula = fields.get(CardFields.FORMULA);
        String variables = fields.get(CardFields.VARIABLES);
        if (formula != null && variables == null) {
            problems.add(Problem.error(file, fieldLines.get(CardFields.FORMULA), "formula needs a variables field"));
        }
        if (variables != null && formula == null) {
            problems.add(Problem.error(file, fieldLines.get(CardFields.VARIABLES), "variables without a formula field"));
        }
        boolean draft = false;
        if (fields.containsKey(CardFields.DRAFT)) {
            String d = fields.get(CardFields.DRAFT);
            if (!d.equals("true") && !d.equals("false")) {
                problems.add(Problem.error(file, fieldLines.get(CardFields.DRAFT), "draft must be true or false, got '" + abbreviate(d) + "'"));
            }
            draft = d.equals("true");
        }
        return new Card(id, question, answer, deck, List.copyOf(tags), lecture, covers, claims, refutes, keyPoints,
                formula, variables, draft, fields.get(CardFields.SOURCE), new SourceLocation(file, line));
    }

    private void checkTag(String file, int line, String tag, List<Problem> problems) {
        if (!tag.matches(CardFields.TAG_PATTERN)) {
            problems.add(Problem.error(file, line, "malformed tag '" + abbreviate(tag) + "' (lower-case letters, digits and '-')"));
        } else if (!vocabulary.isTag(tag)) {
            problems.add(Problem.warning(file, line, "tag '" + tag + "' is not in content/tags.tsv"));
        }
    }

    static void checkMath(String file, int line, String what, String text, List<Problem> problems) {
        MathSpans.Scan scan = MathSpans.scan(text);
        if (!scan.balanced()) {
            int at = line + countNewlines(text, scan.unclosedAt());
            problems.add(Problem.error(file, at, "unbalanced " + (scan.unclosedDisplay() ? "$$" : "$") + " in " + what
                    + " (a " + (scan.unclosedDisplay() ? "$$...$$" : "$...$") + " is not closed; write \\$ for a literal dollar)"));
        }
    }

    private static int countNewlines(String s, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo && i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    static List<String> list(String value) {
        if (value == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String p : value.split(",")) {
            if (!p.isBlank()) out.add(p.strip());
        }
        return out;
    }

    private static String stripTitle(SourceText src, int from, int to) {
        int a = from;
        while (a < to && src.line(a).isBlank()) a++;
        if (a < to && src.heading(a, 1) != null) a++;
        return src.join(a, to);
    }

    static String baseName(String file) {
        String f = file.replace('\\', '/');
        String b = f.substring(f.lastIndexOf('/') + 1);
        return b.endsWith(".md") ? b.substring(0, b.length() - 3) : b;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
