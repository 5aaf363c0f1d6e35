package io.verideck.verifier.formula;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The declared variables of a formula, parsed from a card's {@code variables} field:
 * {@code name kind[shape]} entries separated by {@code ;}, for example
 * {@code z vector[5]; y onehot[5]; W matrix[3,4]; eps positive; n integer[1,10]; x binary[8];
 * g vector[4] in (0,1)}. A malformed entry is a {@link FormulaException} at the column of the problem.
 *
 * @param domains each variable's domain, in declaration order
 */
public record Variables(Map<String, Domain> domains) {
    /** Largest accepted vector length or matrix side. */
    public static final int MAX_SIZE = 100;

    /** Largest magnitude of an integer bound or interval end. */
    public static final double MAX_BOUND = 1e6;

    private static final String KINDS =
            "scalar, positive, unit, binary, binary[n], integer[a,b], vector[n], matrix[m,n], prob[n], onehot[n], spd[n]";

    /** Keeps the map unmodifiable and in order. */
    public Variables {
        domains = Collections.unmodifiableMap(new LinkedHashMap<>(domains));
    }

    /** No variables. */
    public static Variables none() {
        return new Variables(Map.of());
    }

    /**
     * Parses a {@code variables} field.
     *
     * @throws FormulaException naming the column of a malformed entry, an unknown kind, a bad size or a
     *                          variable declared twice
     */
    public static Variables parse(String text) {
        Map<String, Domain> domains = new LinkedHashMap<>();
        if (text == null || text.isBlank()) return new Variables(domains);
        if (text.length() > Lexer.MAX_LENGTH) throw new FormulaException(0, "variables too long: " + text.length() + " characters");
        int start = 0;
        for (String entry : text.split(";", -1)) {
            if (!entry.isBlank()) declare(entry, start, domains);
            start += entry.length() + 1;
        }
        return new Variables(domains);
    }

    private static void declare(String entry, int offset, Map<String, Domain> domains) {
        DeclarationReader in = new DeclarationReader(entry, offset);
        in.skipSpace();
        int col = in.col();
        String rawName = in.word(c -> !Character.isWhitespace(c));
        in.skipSpace();
        int kindCol = in.col();
        String kind = in.word(Character::isLetter);
        if (rawName.isEmpty() || kind.isEmpty()) {
            throw new FormulaException(col, "expected 'name kind' such as 'x scalar' or 'W matrix[3,4]', found '" + entry.strip() + "'");
        }
        String name = variableName(rawName, col);
        Domain domain = domain(kind, kindCol, in);
        in.skipSpace();
        if (!in.atEnd()) throw new FormulaException(in.col(), "unexpected '" + in.rest().strip() + "' after the domain of '" + name + "'");
        if (domains.put(name, domain) != null) throw new FormulaException(col, "variable '" + name + "' is declared twice");
    }

    private static String variableName(String raw, int col) {
        List<Token> tokens = Lexer.tokenize(raw);
        if (tokens.size() != 2 || tokens.get(0).kind() != TokenKind.NAME) {
            throw new FormulaException(col, "expected a variable name, found '" + raw + "'");
        }
        return tokens.get(0).text();
    }

    private static Domain domain(String kind, int col, DeclarationReader in) {
        Domain.Kind k;
        try {
            k = Domain.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FormulaException(col, "unknown kind '" + kind + "' (expected one of: " + KINDS + ")");
        }
        in.skipSpace();
        int sizeCol = in.col();
        double[] size = in.peek() == '[' ? in.bracket() : null;
        Domain domain = switch (k) {
            case SCALAR, POSITIVE, UNIT -> {
                if (size != null) throw new FormulaException(sizeCol, kind + " takes no size");
                yield new Domain(k, 1, 1);
            }
            case BINARY -> {
                if (size == null) yield new Domain(k, 1, 1);
                if (size.length != 1) throw new FormulaException(sizeCol, "binary takes one size [n] (a vector of 0s and 1s) or none");
                yield new Domain(k, size(size[0], sizeCol), 1);
            }
            case INTEGER -> integer(size, size == null ? col : sizeCol);
            case MATRIX -> {
                if (size == null || size.length != 2) throw new FormulaException(size == null ? col : sizeCol, "matrix needs a size [m,n]");
                yield new Domain(k, size(size[0], sizeCol), size(size[1], sizeCol));
            }
            default -> {
                if (size == null || size.length != 1) throw new FormulaException(size == null ? col : sizeCol, kind + " needs one size [n]");
                int n = size(size[0], sizeCol);
                yield new Domain(k, n, k == Domain.Kind.SPD ? n : 1);
            }
        };
        in.skipSpace();
        int inCol = in.col();
        if (!in.keyword("in")) return domain;
        if (k != Domain.Kind.SCALAR && k != Domain.Kind.VECTOR && k != Domain.Kind.MATRIX) {
            throw new FormulaException(inCol, "only scalar, vector and matrix take a range 'in (a,b)'; " + kind + " has a fixed one");
        }
        in.skipSpace();
        return new Domain(k, domain.rows(), domain.cols(), in.interval());
    }

    private static Domain integer(double[] bounds, int col) {
        if (bounds == null || bounds.length != 2) throw new FormulaException(col, "integer needs its range [a,b], such as integer[1,10]");
        if (bounds[0] != Math.rint(bounds[0]) || bounds[1] != Math.rint(bounds[1])) {
            throw new FormulaException(col, "the bounds of integer[a,b] must be whole numbers");
        }
        if (bounds[0] > bounds[1]) throw new FormulaException(col, "empty range: " + (long) bounds[0] + " > " + (long) bounds[1]);
        return new Domain(Domain.Kind.INTEGER, 1, 1, new Domain.Interval(bounds[0], bounds[1], false, false));
    }

    private static int size(double n, int col) {
        if (n != Math.rint(n) || n < 1 || n > MAX_SIZE) throw new FormulaException(col, "size " + DeclarationReader.show(n) + " is out of range 1.." + MAX_SIZE);
        return (int) n;
    }

    /** One random point: a value for every variable, drawn from its domain. */
    public Map<String, Value> samplePoint(RandomGenerator random) {
        Map<String, Value> point = new LinkedHashMap<>();
        domains.forEach((name, domain) -> point.put(name, domain.sample(random)));
        return point;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        domains.forEach((name, d) -> out.append(out.length() == 0 ? "" : "; ").append(name).append(' ').append(d));
        return out.toString();
    }
}
