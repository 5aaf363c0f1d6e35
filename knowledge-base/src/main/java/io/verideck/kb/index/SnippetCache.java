package io.verideck.kb.index;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Marked snippets by (document, highlighted terms). A hit's snippet depends only on its stored text
 * and on the terms the highlighter marks (the passage scorer weighs each term by its frequency in that
 * document alone), and an index's documents never change once it is open, so a snippet found once is
 * the snippet for good. The highlighter is asked only for the hits not seen with these terms before:
 * finding offsets in the postings and the best passage was a third of the CPU of a site search.
 *
 * <p>Bounded: emptied when it holds more than {@code capacity} snippets (the same policy as the
 * formula-span cache); {@code -Dverideck.snippetCache=N} sets the size, 0 turns it off.
 */
final class SnippetCache {
    /** No snippet (no term of the query is in the text): cached too, so a miss is not redone. */
    private static final String NONE = new String("");

    private final int capacity;
    private final ConcurrentHashMap<Key, String> snippets = new ConcurrentHashMap<>();

    private record Key(int doc, String terms) {
    }

    SnippetCache(int capacity) {
        this.capacity = capacity;
    }

    /** The size asked for with {@code -Dverideck.snippetCache} (default 16,384 snippets). */
    static SnippetCache fromSystemProperty() {
        return new SnippetCache(Integer.getInteger("verideck.snippetCache", 16_384));
    }

    /**
     * What {@code highlighter.highlight(field, marks, top, 1)} answers, one marked snippet (or null) per
     * hit of {@code top} in its order, asking the highlighter only for the hits it has not seen with
     * these terms.
     */
    String[] highlight(UnifiedHighlighter highlighter, String field, Query marks, TopDocs top) throws IOException {
        if (capacity <= 0) return highlighter.highlight(field, marks, top, 1);
        ScoreDoc[] docs = top.scoreDocs;
        String terms = field + '\u0000' + marks;
        String[] out = new String[docs.length];
        Key[] keys = new Key[docs.length];
        int[] at = new int[docs.length];
        int missing = 0;
        for (int i = 0; i < docs.length; i++) {
            keys[i] = new Key(docs[i].doc, terms);
            String s = snippets.get(keys[i]);
            if (s == null) at[missing++] = i;
            else out[i] = s == NONE ? null : s;
        }
        if (missing == 0) return out;
        ScoreDoc[] ask = new ScoreDoc[missing];
        for (int k = 0; k < missing; k++) ask[k] = docs[at[k]];
        String[] found = highlighter.highlight(field, marks, new TopDocs(top.totalHits, ask), 1);
        if (snippets.size() + missing > capacity) snippets.clear();
        for (int k = 0; k < missing; k++) {
            out[at[k]] = found[k];
            snippets.put(keys[at[k]], found[k] == null ? NONE : found[k]);
        }
        return out;
    }
}
