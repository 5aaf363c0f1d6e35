package io.verideck.kb.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Applies {@link TexNormalizer} to the whole field before tokenizing. Offsets are mapped back
 * approximately (per replaced span), which is what highlighting needs.
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
        String original = sb.toString();
        out = TexNormalizer.normalize(original);
        if (out.length() != original.length()) {
            // Proportional mapping is enough for snippets: highlights stay near the matched formula.
            double scale = (double) original.length() / Math.max(1, out.length());
            int step = Math.max(1, out.length() / 512);
            for (int i = step; i < out.length(); i += step) {
                addOffCorrectMap(i, (int) Math.round(i * scale) - i);
            }
        }
    }
}
