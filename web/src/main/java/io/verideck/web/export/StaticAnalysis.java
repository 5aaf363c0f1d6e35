package io.verideck.web.export;

import io.verideck.kb.analysis.CourseAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The served search's analysis, computed at export time for the browser. Documents are indexed with
 * the terms {@link CourseAnalyzer} produces (stems, TeX tokens, word parts); the browser, which has no
 * Lucene, gets a dictionary from every word seen in the content (and in the synonym list) to its
 * analyzed term ({@code ""} for a stop word), and the synonym rules with each phrase already analyzed,
 * so it can turn a query into the same terms the server would look up.
 */
public final class StaticAnalysis {
    /** How the browser splits a query into words (spaces, punctuation and symbols such as {@code $ ^}); {@code site.js} uses the same. */
    static final Pattern SPLIT = Pattern.compile("[\\n\\r\\p{Z}\\p{P}\\p{S}]+");
    private static final String SYNONYMS = "/io/verideck/kb/analysis/synonyms.txt";

    private final Analyzer analyzer = new CourseAnalyzer(CourseAnalyzer.Mode.INDEX);
    private final Map<String, String> dictionary = new TreeMap<>();

    /** A synonym rule: a query phrase in {@code match} is replaced by the alternatives in {@code expand}. */
    public record Rule(List<List<String>> match, List<List<String>> expand) {
    }

    /**
     * The index terms of a text, as the server's index has them, and records the text's words in the
     * dictionary.
     */
    public List<String> terms(String text) {
        if (text == null || text.isBlank()) return List.of();
        for (String w : SPLIT.split(text)) word(w);
        return analyze(text);
    }

    /** The analyzed form of one browser word: its first index term, or "" for a stop word. */
    String word(String surface) {
        String w = surface.toLowerCase(Locale.ROOT);
        if (w.isEmpty()) return "";
        String known = dictionary.get(w);
        if (known != null) return known;
        List<String> t = analyze(w);
        String stem = t.isEmpty() ? "" : t.get(0);
        dictionary.put(w, stem);
        return stem;
    }

    /**
     * The surface-to-term dictionary, without the words that are their own term (the browser uses a
     * word as it is when the dictionary does not name it).
     */
    public Map<String, String> dictionary() {
        Map<String, String> out = new TreeMap<>();
        dictionary.forEach((w, t) -> {
            if (!w.equals(t)) out.put(w, t);
        });
        return out;
    }

    /** The curated synonym list of the knowledge base, each phrase analyzed as the browser will see it. */
    public List<Rule> synonymRules() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = CourseAnalyzer.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) return rules;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int arrow = line.indexOf("=>");
                if (arrow >= 0) {
                    rules.add(new Rule(phrases(line.substring(0, arrow)), phrases(line.substring(arrow + 2))));
                } else {
                    List<List<String>> all = phrases(line);
                    rules.add(new Rule(all, all));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private List<List<String>> phrases(String list) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : list.split(",")) {
            List<String> terms = new ArrayList<>();
            for (String w : SPLIT.split(phrase.strip())) {
                String t = word(w);
                if (!t.isEmpty()) terms.add(t);
            }
            if (!terms.isEmpty() && !out.contains(terms)) out.add(terms);
        }
        return out;
    }

    private List<String> analyze(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
