package io.verideck.kb.analysis;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analysis chain for cards and lecture sections (see the package documentation).
 */
public final class CourseAnalyzer extends Analyzer {
    /** Which side of the search this analyzer serves. */
    public enum Mode { INDEX, QUERY }

    /** Tokens longer than this are cut: a pasted blob must not become one giant term. */
    static final int MAX_TOKEN = 64;

    private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    /**
     * Words that ask rather than say what about: nearly every card question has one, so on the query
     * side they match most of the deck, cost the most to score, and move no result.
     */
    private static final CharArraySet QUESTION_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(java.util.List.of(
            "what", "what's", "whats", "why", "how", "which", "when", "where", "who", "whom", "whose", "does", "do", "did",
            "can", "could", "would", "should", "explain", "describe", "give", "name", "state", "write", "its", "you", "your",
            "we", "our", "i", "me", "my", "between", "about", "from", "under", "over", "than", "so", "has", "have", "had",
            "each", "any", "some", "one"), false));
    private static volatile SynonymMap synonyms;

    private final Mode mode;
    private final boolean dropQuestionWords;

    public CourseAnalyzer(Mode mode) {
        this(mode, true);
    }

    /**
     * @param mode index or query side
     * @param dropQuestionWords on the query side, leave out words that only ask ("what", "how", "does"):
     *     false for a query made of nothing else, so it still finds something
     */
    public CourseAnalyzer(Mode mode, boolean dropQuestionWords) {
        this.mode = mode;
        this.dropQuestionWords = dropQuestionWords;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new TexCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new CourseTokenizer(mode == Mode.INDEX, MAX_TOKEN);
        TokenStream ts = new WordlessFilter(source);
        if (mode == Mode.INDEX) {
            int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                    | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
            ts = new WordDelimiterGraphFilter(ts, flags, null);
            ts = new FlattenGraphFilter(ts);
        }
        ts = new LowerCaseFilter(ts);
        if (mode == Mode.QUERY) ts = new SynonymGraphFilter(ts, synonyms(), true);
        ts = new EnglishPossessiveFilter(ts);
        ts = new StopFilter(ts, STOP);
        if (mode == Mode.QUERY && dropQuestionWords) ts = new StopFilter(ts, QUESTION_WORDS);
        ts = new PorterStemFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** The curated synonym map, loaded once per JVM: the FST prebuilt at build time, else parsed from the list. */
    public static SynonymMap synonyms() {
        SynonymMap s = synonyms;
        if (s == null) {
            synchronized (CourseAnalyzer.class) {
                if (synonyms == null) {
                    SynonymMap prebuilt = PrebuiltSynonyms.load();
                    synonyms = prebuilt != null ? prebuilt : parseSynonyms();
                }
                s = synonyms;
            }
        }
        return s;
    }

    /** Parses {@code synonyms.txt} into a synonym map (what the build saves as {@link PrebuiltSynonyms}). */
    static SynonymMap parseSynonyms() {
        try (Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String f) {
                Tokenizer t = new CourseTokenizer(false, MAX_TOKEN);
                return new TokenStreamComponents(t, new LowerCaseFilter(t));
            }
        }; var in = CourseAnalyzer.class.getResourceAsStream("synonyms.txt")) {
            SolrSynonymParser p = new SolrSynonymParser(true, true, plain);
            p.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("synonyms.txt line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }
}
