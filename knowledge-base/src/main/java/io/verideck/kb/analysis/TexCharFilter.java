package io.verideck.kb.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Applies {@link TexNormalizer} to the whole field before tokenizing, keeping an exact map from
 * normalised offsets back to the original text, so highlights land on the right characters.
 */
final class TexCharFilter extends BaseCharFilter {
    private String out;
    private int pos;

    TexCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (out == null) fill();
        if (pos >= out.length()) return -1;
        int n = Math.min(len, out.length() - pos);
        out.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }

    private void fill() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = input.read(buf)) != -1; ) sb.append(buf, 0, n);
        TexNormalizer.Result r = TexNormalizer.normalizeWithOffsets(sb.toString());
        out = r.text();
        int[] orig = r.originalOffsets();
        int last = 0;
        for (int i = 0; i < orig.length; i++) {
            int diff = orig[i] - i;
            if (diff != last) {
                addOffCorrectMap(i, diff);
                last = diff;
            }
        }
        int endDiff = sb.length() - orig.length;
        if (endDiff != last) addOffCorrectMap(orig.length, endDiff);
    }
}
