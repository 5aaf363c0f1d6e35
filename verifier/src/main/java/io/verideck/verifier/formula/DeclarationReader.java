package io.verideck.verifier.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Reads one entry of a {@code variables} field character by character, so that every error names the
 * column (within the whole field) where it was found.
 */
final class DeclarationReader {
    private final String text;
    private final int offset;
    private int pos;

    /**
     * @param text one entry (between semicolons)
     * @param offset characters of the field before the entry
     */
    DeclarationReader(String text, int offset) {
        this.text = text;
        this.offset = offset;
    }

    /** The 1-based column of the next character in the whole field. */
    int col() {
        return offset + pos + 1;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The next character, or 0 at the end. */
    char peek() {
        return atEnd() ? 0 : text.charAt(pos);
    }

    String rest() {
        return text.substring(pos);
    }

    void skipSpace() {
        while (!atEnd() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    /** The longest run of characters from here that match {@code accept} (possibly empty). */
    String word(IntPredicate accept) {
        int start = pos;
        while (!atEnd() && accept.test(text.charAt(pos))) pos++;
        return text.substring(start, pos);
    }

    /** Consumes {@code word} when it comes next as a whole word. */
    boolean keyword(String word) {
        if (!text.startsWith(word, pos)) return false;
        int end = pos + word.length();
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) return false;
        pos = end;
        return true;
    }

    /** Reads {@code [a]} or {@code [a,b]} (numbers, possibly negative). */
    double[] bracket() {
        int open = col();
        expect('[', "'['");
        List<Double> numbers = new ArrayList<>();
        numbers.add(number());
        skipSpace();
        while (peek() == ',') {
            pos++;
            numbers.add(number());
            skipSpace();
        }
        if (peek() != ']') throw new FormulaException(col(), "expected ']' to close the '[' at col " + open + ", found " + found());
        pos++;
        return numbers.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Reads an interval {@code (a,b)}, {@code [a,b]}, {@code (a,b]} or {@code [a,b)}. */
    Domain.Interval interval() {
        int open = col();
        char first = peek();
        if (first != '(' && first != '[') {
            throw new FormulaException(open, "expected an interval such as (0,1) or [-1,1] after 'in', found " + found());
        }
        pos++;
        double lower = number();
        skipSpace();
        if (peek() != ',') throw new FormulaException(col(), "expected ',' between the ends of the interval, found " + found());
        pos++;
        double upper = number();
        skipSpace();
        char last = peek();
        if (last != ')' && last != ']') {
            throw new FormulaException(col(), "expected ')' or ']' to close the interval opened at col " + open + ", found " + found());
        }
        pos++;
        if (!(lower < upper)) throw new FormulaException(open, "empty interval: the lower end " + show(lower) + " is not below the upper end " + show(upper));
        return new Domain.Interval(lower, upper, first == '(', last == ')');
    }

    private double number() {
        skipSpace();
        int start = pos;
        int col = col();
        if (peek() == '-' || peek() == '+' || peek() == '\u2212') pos++;
        while (!atEnd() && (Character.isDigit(peek()) || peek() == '.')) pos++;
        String raw = text.substring(start, pos).replace('\u2212', '-');
        try {
            double value = Double.parseDouble(raw);
            if (Math.abs(value) > Variables.MAX_BOUND) throw new FormulaException(col, "number " + raw + " is too large (the limit is " + show(Variables.MAX_BOUND) + ")");
            return value;
        } catch (NumberFormatException e) {
            pos = start;
            throw new FormulaException(col, "expected a number, found " + found());
        }
    }

    private void expect(char c, String what) {
        if (peek() != c) throw new FormulaException(col(), "expected " + what + ", found " + found());
        pos++;
    }

    private String found() {
        if (atEnd()) return "the end of the entry";
        return "'" + text.charAt(pos) + "'";
    }

    /** A number as a card would write it ({@code 3}, not {@code 3.0}). */
    static String show(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
