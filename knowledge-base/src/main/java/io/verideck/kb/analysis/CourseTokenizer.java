package io.verideck.kb.analysis;

import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits on anything but letters, digits, {@code _} and (when {@code keepHyphens}) {@code -}, so that
 * {@code H_n} and {@code softmax-cross-entropy} reach the word-delimiter filter whole.
 */
final class CourseTokenizer extends CharTokenizer {
    private final boolean keepHyphens;

    CourseTokenizer(boolean keepHyphens, int maxTokenLength) {
        super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, maxTokenLength);
        this.keepHyphens = keepHyphens;
    }

    @Override
    protected boolean isTokenChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || keepHyphens && c == '-';
    }
}
