package io.verideck.verifier.formula;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declared variables of a formula, parsed from a card's {@code variables} field:
 * {@code name kind[shape]} entries separated by {@code ;}, for example
 * {@code z vector[5]; y onehot[5]; W matrix[3,4]; eps positive}.
 *
 * @param domains each variable's domain, in declaration order
 */
public record Variables(Map<String, Domain> domains) {
    /** Largest accepted vector length or matrix side. */
    public static final int MAX_SIZE = 100;

    private static final Pattern ENTRY = Pattern.compile(
            "\\s*(\\S+)\\s+([a-z]+)\\s*(?:\\[\\s*(\\d{1,6})\\s*(?:,\\s*(\\d{1,6})\\s*)?\\])?\\s*");

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
        int col = offset + 1 + (entry.length() - entry.stripLeading().length());
        Matcher m = ENTRY.matcher(entry);
        if (!m.matches()) {
            throw new FormulaException(col, "expected 'name kind' such as 'x scalar' or 'W matrix[3,4]', found '" + entry.strip() + "'");
        }
        String name = variableName(m.group(1), col);
        Domain domain = domain(m, offset + m.start(2) + 1);
        if (domains.put(name, domain) != null) throw new FormulaException(col, "variable '" + name + "' is declared twice");
    }

    private static String variableName(String raw, int col) {
        List<Token> tokens = Lexer.tokenize(raw);
        if (tokens.size() != 2 || tokens.get(0).kind() != TokenKind.NAME) {
            throw new FormulaException(col, "expected a variable name, found '" + raw + "'");
        }
        return tokens.get(0).text();
    }

    private static Domain domain(Matcher m, int col) {
        String kind = m.group(2);
        Integer first = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        Integer second = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        Domain.Kind k;
        try {
            k = Domain.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FormulaException(col, "unknown kind '" + kind
                    + "' (expected one of: scalar, positive, unit, binary, vector[n], matrix[m,n], prob[n], onehot[n], spd[n])");
        }
        return switch (k) {
            case SCALAR, POSITIVE, UNIT, BINARY -> {
                if (first != null) throw new FormulaException(col, kind + " takes no size");
                yield new Domain(k, 1, 1);
            }
            case MATRIX -> {
                if (first == null || second == null) throw new FormulaException(col, "matrix needs a size [m,n]");
                yield new Domain(k, size(first, col), size(second, col));
            }
            default -> {
                if (first == null || second != null) throw new FormulaException(col, kind + " needs one size [n]");
                yield new Domain(k, size(first, col), k == Domain.Kind.SPD ? size(first, col) : 1);
            }
        };
    }

    private static int size(int n, int col) {
        if (n < 1 || n > MAX_SIZE) throw new FormulaException(col, "size " + n + " is out of range 1.." + MAX_SIZE);
        return n;
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
