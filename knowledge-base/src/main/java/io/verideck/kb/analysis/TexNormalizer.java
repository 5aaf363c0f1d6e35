package io.verideck.kb.analysis;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites TeX and math symbols into words a tokenizer can keep: {@code \nabla} → {@code nabla},
 * {@code \mathcal{H}_{n}} and {@code \mathcal{H}_n} → {@code mathcal H_n}, {@code ∇} → {@code nabla}.
 * Used on documents and on queries (before the query parser, so TeX braces are never query syntax).
 */
public final class TexNormalizer {
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
    private static final Pattern SCRIPT_GROUP = Pattern.compile("([_^])\\{([A-Za-z0-9]{1,12})}");
    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('∇', "nabla"), Map.entry('∂', "partial"), Map.entry('Σ', "sum"), Map.entry('∑', "sum"),
            Map.entry('∏', "prod"), Map.entry('σ', "sigma"), Map.entry('θ', "theta"), Map.entry('λ', "lambda"),
            Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('δ', "delta"),
            Map.entry('ε', "epsilon"), Map.entry('ϵ', "epsilon"), Map.entry('η', "eta"), Map.entry('μ', "mu"),
            Map.entry('π', "pi"), Map.entry('ρ', "rho"), Map.entry('τ', "tau"), Map.entry('φ', "phi"),
            Map.entry('ϕ', "phi"), Map.entry('ω', "omega"), Map.entry('ξ', "xi"), Map.entry('ζ', "zeta"),
            Map.entry('⊙', "odot"), Map.entry('∞', "infty"), Map.entry('𝔼', "mathbb E"));

    private TexNormalizer() {
    }

    public static String normalize(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('{') < 0 && !hasSymbol(text)) return text;
        String s = SCRIPT_GROUP.matcher(text).replaceAll("$1$2");
        Matcher m = COMMAND.matcher(s);
        s = m.replaceAll(" $1 ");
        // Glue a sub/superscript back onto its base: "mathcal H _n" never happens, "H_{n}" became "H_n".
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String word = SYMBOLS.get(c);
            if (word != null) {
                sb.append(' ').append(word).append(' ');
            } else if (c == '{' || c == '}' || c == '^' || c == '$' || c == '\\') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean hasSymbol(String s) {
        for (int i = 0; i < s.length(); i++) if (SYMBOLS.containsKey(s.charAt(i))) return true;
        return false;
    }
}
