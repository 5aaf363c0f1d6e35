package io.verideck.kb.analysis;

import java.util.Arrays;
import java.util.Map;

/**
 * Rewrites TeX and math symbols into words a tokenizer can keep: {@code \nabla} → {@code nabla},
 * {@code \mathcal{H}_{n}} and {@code \mathcal{H}_n} → {@code mathcal H_n}, {@code ∇} → {@code nabla}.
 * Used on documents (through {@link TexCharFilter}, which needs the offset map) and on queries (before
 * the query parser, so TeX braces are never taken for query syntax).
 */
public final class TexNormalizer {
    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('∇', "nabla"), Map.entry('∂', "partial"), Map.entry('Σ', "sum"), Map.entry('∑', "sum"),
            Map.entry('∏', "prod"), Map.entry('σ', "sigma"), Map.entry('θ', "theta"), Map.entry('λ', "lambda"),
            Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('δ', "delta"),
            Map.entry('ε', "epsilon"), Map.entry('ϵ', "epsilon"), Map.entry('η', "eta"), Map.entry('μ', "mu"),
            Map.entry('π', "pi"), Map.entry('ρ', "rho"), Map.entry('τ', "tau"), Map.entry('φ', "phi"),
            Map.entry('ϕ', "phi"), Map.entry('ω', "omega"), Map.entry('ξ', "xi"), Map.entry('ζ', "zeta"),
            Map.entry('⊙', "odot"), Map.entry('∞', "infty"));

    /** Normalised text and, for each of its characters, the offset of the original character it came from. */
    public record Result(String text, int[] originalOffsets) {
    }

    private TexNormalizer() {
    }

    public static String normalize(String text) {
        return normalizeWithOffsets(text).text();
    }

    public static Result normalizeWithOffsets(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        int[] map = new int[s.length() * 2 + 16];
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (n + 32 >= map.length) map = Arrays.copyOf(map, map.length * 2);
            if (c == '\\' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
                if (n + (j - i) + 2 >= map.length) map = Arrays.copyOf(map, Math.max(map.length * 2, n + (j - i) + 32));
                out.append(' ');
                map[n++] = i;
                for (int k = i + 1; k < j; k++) {
                    out.append(s.charAt(k));
                    map[n++] = k;
                }
                out.append(' ');
                map[n++] = j;
                i = j;
            } else if ((c == '_' || c == '^') && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int close = s.indexOf('}', i + 2);
                boolean simple = close > i + 2 && close - i <= 14 && s.substring(i + 2, close).chars().allMatch(Character::isLetterOrDigit);
                if (simple) {
                    out.append(c == '_' ? '_' : ' ');
                    map[n++] = i;
                    for (int k = i + 2; k < close; k++) {
                        out.append(s.charAt(k));
                        map[n++] = k;
                    }
                    i = close + 1;
                } else {
                    out.append(c == '_' ? '_' : ' ');
                    map[n++] = i;
                    i++;
                }
            } else if (SYMBOLS.containsKey(c)) {
                String w = SYMBOLS.get(c);
                out.append(' ').append(w).append(' ');
                for (int k = 0; k < w.length() + 2; k++) map[n++] = i;
                i++;
            } else if (c == '}' && i + 1 < s.length() && (s.charAt(i + 1) == '_' || s.charAt(i + 1) == '^')) {
                i++; // "{H}_n" keeps H and its subscript together: H_n
            } else if (c == '{' || c == '}' || c == '^' || c == '$' || c == '\\') {
                out.append(' ');
                map[n++] = i;
                i++;
            } else {
                out.append(c);
                map[n++] = i;
                i++;
            }
        }
        return new Result(out.toString(), Arrays.copyOf(map, n));
    }
}
