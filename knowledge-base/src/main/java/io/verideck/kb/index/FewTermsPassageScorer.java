package io.verideck.kb.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, times the position norm) computed without a hash of
 * the passage's terms: a snippet passage has a handful of matches, so a linear scan finds the distinct
 * terms, where the stock scorer allocated a 32 KB hash block for every candidate passage.
 */
final class FewTermsPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDoc = new int[matches];
        int n = 0;
        for (int i = 0; i < matches; i++) {
            int t = 0;
            while (t < n && !distinct[t].bytesEquals(terms[i])) t++;
            if (t == n) {
                distinct[n] = terms[i];
                inDoc[n] = freqsInDoc[i];
                n++;
            }
            inPassage[t]++;
        }
        double score = 0;
        for (int t = 0; t < n; t++) {
            score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[t]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
