package io.verideck.kb.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Grades a typed answer against a {@link Rubric} (see the package documentation for the method).
 * Thread-safe; one instance can grade any number of answers.
 */
public final class Grader {
    /** Weight factor of a key-point term that already appears in the question. */
    static final double ECHO = 0.35;
    /** Coverage below which a key point earns nothing, and from which it earns full credit. */
    static final double LOW = 0.2;
    static final double HIGH = 0.75;
    /** Answers with at least this many content terms are checked for being mostly off the card. */
    static final int LONG = 25;
    static final double ON_TOPIC = 0.45;
    /**
     * Exponent of the monotone calibration from mean key-point credit to score. Short correct answers
     * often name a key point in other words and get partial credit; raising the mean credit to 0.7
     * maps it closer to a person's grade. Fitted on the development half of the graded answer set
     * (docs/benchmarks.md), never on the held-out half.
     */
    static final double CALIBRATION = 0.7;
    /** Share (by weight) of a key point's matched words that must be negated for the key point to count as denied. */
    static final double NEGATED_SHARE = 0.4;
    /** Score factor when the answer starts "yes" and the reference starts "no" (or the reverse). */
    static final double WRONG_VERDICT = 0.25;

    private final TermWeights weights;

    /** A grader weighting terms by their rarity in the built-in cards. */
    public Grader() {
        this(TermWeights.builtin());
    }

    public Grader(TermWeights weights) {
        this.weights = weights;
    }

    /** Grades a raw answer (it is cleaned first; see {@link TypedAnswer}). */
    public Grade grade(Rubric rubric, String rawAnswer) {
        return grade(rubric, TypedAnswer.of(rawAnswer));
    }

    public Grade grade(Rubric rubric, TypedAnswer answer) {
        List<String> notes = new ArrayList<>();
        if (answer.truncated()) notes.add("answer cut to its first " + TypedAnswer.MAX_CHARS + " characters");
        if (answer.removed() > 0) notes.add(answer.removed() + " control characters or escape sequences removed");
        if (answer.isBlank()) {
            List<KeyPointMatch> none = rubric.keyPoints().stream()
                    .map(k -> new KeyPointMatch(k, 0, 0, List.of(), List.of(), null)).toList();
            notes.add("empty answer");
            return new Grade(0, none, 0, "empty answer: nothing to grade", notes);
        }
        AnalyzedText ans = AnalyzedText.of(answer.text(), true);
        Set<String> questionStems = stems(AnalyzedText.of(rubric.question(), false));
        Map<String, List<Integer>> positions = positions(ans);
        List<KeyPointMatch> points = new ArrayList<>();
        for (String kp : rubric.keyPoints()) points.add(match(kp, ans, positions, questionStems));
        double score = points.stream().mapToDouble(KeyPointMatch::credit).average().orElse(0);
        String verdict = verdictClash(rubric, ans);
        if (verdict != null) score *= WRONG_VERDICT;
        double onTopic = onTopicShare(rubric, ans);
        String offTopic = null;
        if (onTopic >= 0 && onTopic < ON_TOPIC) {
            score *= onTopic / ON_TOPIC;
            offTopic = String.format("mostly off the card (%.0f%% of its words are on topic)", 100 * onTopic);
        }
        score = Math.pow(score, CALIBRATION);
        int suggested = (int) Math.round(5 * score);
        return new Grade(score, points, suggested, reason(points, verdict, offTopic), notes);
    }

    private KeyPointMatch match(String kp, AnalyzedText ans, Map<String, List<Integer>> positions, Set<String> question) {
        AnalyzedText kpText = AnalyzedText.of(kp, false);
        Map<String, Integer> firstWord = new LinkedHashMap<>();
        for (AnalyzedText.Term t : kpText.terms()) firstWord.putIfAbsent(t.stem(), t.word());
        List<String> terms = new ArrayList<>(firstWord.keySet());
        if (terms.isEmpty()) return new KeyPointMatch(kp, 0, 0, List.of(), List.of(), null);
        double[] w = new double[terms.size()];
        List<List<Integer>> where = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < terms.size(); i++) {
            String s = terms.get(i);
            w[i] = weights.weight(s) * (question.contains(s) ? ECHO : 1);
            total += w[i];
            where.add(find(s, positions));
        }
        int window = Math.max(10, 2 * terms.size() + 6);
        TreeSet<Integer> starts = new TreeSet<>();
        where.forEach(starts::addAll);
        double best = 0;
        int bestStart = -1;
        for (int s : starts) {
            double got = 0;
            for (int i = 0; i < terms.size(); i++) if (inWindow(where.get(i), s, window)) got += w[i];
            if (got > best + 1e-12) {
                best = got;
                bestStart = s;
            }
        }
        double coverage = best / total;
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<Integer, Double> matchedAt = new java.util.TreeMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Integer p = bestStart < 0 ? null : firstIn(where.get(i), bestStart, window);
            if (p == null) missing.add(terms.get(i));
            else matchedAt.merge(p, w[i], Double::sum);
        }
        for (int p : matchedAt.keySet()) matched.add(ans.words().get(p));
        String contradiction = coverage < 0.3 ? null
                : contradiction(kpText, terms, firstWord, missing, matchedAt, ans, positions, bestStart, window);
        double credit = contradiction != null ? 0 : Math.max(0, Math.min(1, (coverage - LOW) / (HIGH - LOW)));
        return new KeyPointMatch(kp, coverage, credit, matched, missing, contradiction);
    }

    private static String contradiction(AnalyzedText kpText, List<String> terms, Map<String, Integer> firstWord,
                                        List<String> missing, Map<Integer, Double> matchedAt, AnalyzedText ans,
                                        Map<String, List<Integer>> positions, int start, int window) {
        for (String m : missing) {
            String opp = Cues.opposite(m);
            if (opp == null || terms.contains(opp)) continue;
            Integer p = firstIn(positions.getOrDefault(opp, List.of()), start - 3, window + 3);
            if (p != null) return "says \"" + ans.words().get(p) + "\" where the key point says the opposite";
        }
        boolean kpNeg = false;
        String negatedTerm = null;
        for (String t : terms) {
            if (kpText.negated()[firstWord.get(t)]) {
                kpNeg = true;
                if (negatedTerm == null) negatedTerm = t;
            }
        }
        Integer negatedAt = null;
        double negatedWeight = 0;
        double matchedWeight = 0;
        for (Map.Entry<Integer, Double> e : matchedAt.entrySet()) {
            matchedWeight += e.getValue();
            if (ans.negated()[e.getKey()]) {
                negatedWeight += e.getValue();
                if (negatedAt == null) negatedAt = e.getKey();
            }
        }
        if (negatedAt != null && !kpNeg && negatedWeight >= NEGATED_SHARE * matchedWeight) {
            return "negates \"" + ans.words().get(negatedAt) + "\", which the key point asserts";
        }
        if (kpNeg && negatedAt == null && !missing.contains(negatedTerm) && !anyNegation(ans, start - 3, start + window)) {
            return "asserts what the key point denies";
        }
        return null;
    }

    private static boolean anyNegation(AnalyzedText ans, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, ans.words().size()); i++) {
            if (ans.negated()[i] || ans.cue()[i]) return true;
        }
        return false;
    }

    /** "yes" against a reference whose first key point says "no", or the reverse. */
    private static String verdictClash(Rubric rubric, AnalyzedText ans) {
        AnalyzedText first = AnalyzedText.of(rubric.keyPoints().get(0), false);
        if (Cues.startsWithNo(first.words()) && Cues.startsWithYes(ans.words())) return "answers yes where the answer is no";
        if (Cues.startsWithYes(first.words()) && Cues.startsWithNo(ans.words())) return "answers no where the answer is yes";
        return null;
    }

    /** Share of the answer's own content terms that occur anywhere in the rubric; -1 for short answers. */
    private double onTopicShare(Rubric rubric, AnalyzedText ans) {
        Set<String> vocab = new HashSet<>(stems(AnalyzedText.of(rubric.question() + "\n" + rubric.reference() + "\n"
                + String.join("; ", rubric.keyPoints()), true)));
        int n = 0;
        int on = 0;
        for (AnalyzedText.Term t : ans.terms()) {
            if (t.synonym()) continue;
            n++;
            if (vocab.contains(t.stem())) on++;
        }
        return n < LONG ? -1 : (double) on / n;
    }

    private static List<Integer> find(String stem, Map<String, List<Integer>> positions) {
        List<Integer> exact = positions.get(stem);
        if (exact != null) return exact;
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : positions.entrySet()) {
            if (Typos.near(stem, e.getKey())) out.addAll(e.getValue());
        }
        out.sort(null);
        return out;
    }

    private static Map<String, List<Integer>> positions(AnalyzedText ans) {
        Map<String, List<Integer>> m = new HashMap<>();
        for (AnalyzedText.Term t : ans.terms()) {
            m.computeIfAbsent(t.stem(), k -> new ArrayList<>()).add(t.word());
        }
        Map<String, List<Integer>> expanded = new HashMap<>();
        m.forEach((stem, ps) -> {
            for (String e : Equivalents.of(stem)) expanded.computeIfAbsent(e, k -> new ArrayList<>()).addAll(ps);
        });
        expanded.forEach((stem, ps) -> m.merge(stem, ps, (a, b) -> {
            List<Integer> all = new ArrayList<>(a);
            all.addAll(b);
            all.sort(null);
            return all;
        }));
        return m;
    }

    private static Set<String> stems(AnalyzedText text) {
        Set<String> s = new HashSet<>();
        for (AnalyzedText.Term t : text.terms()) s.add(t.stem());
        return s;
    }

    private static boolean inWindow(List<Integer> ps, int start, int window) {
        return firstIn(ps, start, window) != null;
    }

    private static Integer firstIn(List<Integer> ps, int start, int window) {
        for (int p : ps) if (p >= start && p < start + window) return p;
        return null;
    }

    private static String reason(List<KeyPointMatch> points, String verdict, String offTopic) {
        long hit = points.stream().filter(p -> p.status() == KeyPointMatch.Status.HIT).count();
        long partial = points.stream().filter(p -> p.status() == KeyPointMatch.Status.PARTIAL).count();
        long contra = points.stream().filter(p -> p.status() == KeyPointMatch.Status.CONTRADICTED).count();
        StringBuilder r = new StringBuilder().append(hit).append(" of ").append(points.size()).append(" key points hit");
        if (partial > 0) r.append(", ").append(partial).append(" partly");
        if (contra > 0) r.append(", ").append(contra).append(" contradicted");
        if (verdict != null) r.append("; ").append(verdict);
        if (offTopic != null) r.append("; ").append(offTopic);
        return r.toString();
    }
}
