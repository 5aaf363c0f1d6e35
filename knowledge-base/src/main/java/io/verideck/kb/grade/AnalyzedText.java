package io.verideck.kb.grade;

import io.verideck.kb.analysis.CourseAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A text run through the course analysis chain, with each term tied to the raw word it came from, so
 * that windows, negation scope and the words shown to the student are counted in the student's words.
 *
 * @param terms   analysed terms in text order (synonym expansions included when asked for)
 * @param words   the raw words, lower case, in order
 * @param negated for each raw word, whether a negation cue governs it
 * @param cue     for each raw word, whether it is a negation cue (strong or weak)
 */
record AnalyzedText(List<Term> terms, List<String> words, boolean[] negated, boolean[] cue) {
    /**
     * One analysed term.
     *
     * @param stem    the stemmed term
     * @param word    index of the raw word it starts in
     * @param synonym true when it came from the synonym map rather than the text itself
     */
    record Term(String stem, int word, boolean synonym) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+(?:['’][\\p{L}]+)?");
    /** Query-side analysis (synonyms), keeping the words search drops: in an answer "than" or "each" mean something. */
    private static final Analyzer ANALYZER = new CourseAnalyzer(CourseAnalyzer.Mode.QUERY, false);

    /** Analyses a text; with {@code synonyms} false only the text's own terms are kept. */
    static AnalyzedText of(String text, boolean synonyms) {
        String t = exponentials(text);
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            words.add(m.group().toLowerCase(java.util.Locale.ROOT));
            starts.add(m.start());
            int e = m.end();
            while (e < t.length() && t.charAt(e) == ' ') e++;
            ends.add(e < t.length() && ".,;:!?\n".indexOf(t.charAt(e)) >= 0);
        }
        boolean[] clauseEnd = new boolean[ends.size()];
        boolean[] cue = new boolean[ends.size()];
        for (int i = 0; i < clauseEnd.length; i++) {
            clauseEnd[i] = ends.get(i);
            cue[i] = Cues.isCue(words.get(i));
        }
        int[] startArr = starts.stream().mapToInt(Integer::intValue).toArray();
        List<Term> terms = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("answer", t)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                boolean syn = "SYNONYM".equals(type.type());
                if (syn && !synonyms) continue;
                terms.add(new Term(term.toString(), wordAt(startArr, off.startOffset()), syn));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AnalyzedText(List.copyOf(terms), List.copyOf(words), Cues.negationScope(words, clauseEnd), cue);
    }

    /** The raw words from {@code from} to {@code to} (exclusive), joined by spaces. */
    String span(int from, int to) {
        return String.join(" ", words.subList(Math.max(0, from), Math.min(words.size(), to)));
    }

    // "e^{-x}" and "e^x" mean exp: written that way the lone "e" would match nothing.
    private static String exponentials(String s) {
        return s.replaceAll("(?<![\\p{L}\\p{N}])e\\s*\\^", " exp ");
    }

    private static int wordAt(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) return i;
        int ins = -i - 1; // first word starting after offset
        return Math.max(0, ins - 1 < 0 ? 0 : (ins < starts.length && starts[ins] - offset <= 1 ? ins : ins - 1));
    }
}
