package io.verideck.kb.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Passage boundaries for snippets: a sentence ends at {@code .}, {@code ?} or {@code !} followed by
 * white space and then not a lower-case letter ("e.g. the" does not end one), and a line that starts a
 * Markdown block ends one: after a blank line, or a line starting a list item, heading, table row or
 * display formula. Other line breaks are the hard wrapping of a paragraph and end nothing. The boundaries of a text are found in
 * one pass when it is set, so moving around is a binary search; the JDK's rule-based sentence iterator
 * re-scans the text at every step, and was a fifth of the cost of a search with snippets.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int[] bounds = {0};
    private int count = 1;
    private int index;

    /**
     * Boundaries by text. The highlighter hands over the same stored answers again and again (an open
     * index never changes, and its documents are read once), so each text is scanned once. Bounded:
     * emptied when it holds more than a few thousand texts.
     */
    private static final BoundedCache<String, int[]> BOUNDS = new BoundedCache<>(4096);

    @Override
    public void setText(String newText) {
        text = newText;
        int[] known = BOUNDS.get(newText, SentenceBreaks::scan);
        bounds = known; // shared and never written: the iterator only reads it
        count = known.length;
        index = 0;
    }

    /** Every boundary of a text, in order, from 0 to its length. */
    static int[] scan(String newText) {
        int n = newText.length();
        int[] b = new int[16];
        int k = 0;
        b[k++] = 0;
        int i = 0;
        while (i < n) {
            char c = newText.charAt(i++);
            boolean end;
            if (c == '\n') {
                end = startsBlock(newText, i);
            } else if ((c == '.' || c == '?' || c == '!') && i < n && Character.isWhitespace(newText.charAt(i))) {
                int j = i;
                while (j < n && Character.isWhitespace(newText.charAt(j)) && newText.charAt(j) != '\n') j++;
                end = j >= n || !Character.isLowerCase(newText.charAt(j));
                if (end) i = j;
            } else {
                end = false;
            }
            if (end && i < n && i > b[k - 1]) {
                if (k == b.length) b = Arrays.copyOf(b, k * 2);
                b[k++] = i;
            }
        }
        if (n > b[k - 1]) {
            if (k == b.length) b = Arrays.copyOf(b, k + 1);
            b[k++] = n;
        }
        return Arrays.copyOf(b, k);
    }

    /** True when the line starting at {@code at} begins a new Markdown block. */
    private static boolean startsBlock(String s, int at) {
        int j = at;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
        if (j >= s.length()) return false;
        char c = s.charAt(j);
        if (c == '\n' || c == '#' || c == '|' || c == '>') return true;
        if ((c == '-' || c == '*' || c == '+') && j + 1 < s.length() && s.charAt(j + 1) == ' ') return true;
        if (c == '$' && s.startsWith("$$", j)) return true;
        int k = j;
        while (k < s.length() && Character.isDigit(s.charAt(k))) k++;
        return k > j && k + 1 < s.length() && (s.charAt(k) == '.' || s.charAt(k) == ')') && s.charAt(k + 1) == ' ';
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder sb = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) sb.append(c);
        setText(sb.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        index = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        index = count - 1;
        return bounds[index];
    }

    @Override
    public int next(int n) {
        int target = index + n;
        if (target < 0 || target >= count) {
            index = target < 0 ? 0 : count - 1;
            return DONE;
        }
        index = target;
        return bounds[index];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        check(offset);
        int pos = Arrays.binarySearch(bounds, 0, count, offset);
        int i = pos >= 0 ? pos + 1 : -pos - 1;
        if (i >= count) {
            index = count - 1;
            return DONE;
        }
        index = i;
        return bounds[i];
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        int pos = Arrays.binarySearch(bounds, 0, count, offset);
        int i = pos >= 0 ? pos - 1 : -pos - 2;
        if (i < 0) {
            index = 0;
            return DONE;
        }
        index = i;
        return bounds[i];
    }

    @Override
    public int current() {
        return bounds[index];
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside [0, " + text.length() + "]");
        }
    }
}
