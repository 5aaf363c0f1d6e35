package io.verideck.kb.imports.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs "doubled math": flattened KaTeX output where each formula appears as a lossy Unicode
 * rendering immediately followed by its TeX source ({@code θ=(XTX)1XTy\theta=(\mathbf{X}^T...}).
 *
 * <p>Method: for each TeX span, compare the letters and digits it would render
 * ({@link #visible(String)}: Greek commands become their letter, {@code \frac}, {@code \sum},
 * braces and operators render nothing) with the letters and digits just before it. When they are
 * equal, the text before is the rendering: drop it and keep the TeX as {@code $...$}. Spans without
 * a backslash ({@code TT}, {@code 1010}, {@code hth_t}) are caught by the same comparison on single
 * tokens. The rendering is never trusted: operators such as minus signs and sums are missing from it.
 */
public final class DoubledMath {
    private static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ϵ"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("upsilon", "υ"), Map.entry("phi", "ϕ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"),
            Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
            Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"));
    private static final Set<String> NAMED = Set.of("log", "ln", "exp", "max", "min", "sin", "cos", "tan",
            "tanh", "sinh", "cosh", "arg", "det", "lim", "sup", "inf", "Pr", "dim", "ker", "deg", "gcd", "mod");
    private static final Set<String> SKIP_ARGUMENT = Set.of("begin", "end");
    private static final Pattern NUMBER_FRACTION = Pattern.compile("(\\d+)/(\\d+)\\1 / \\2\\b");
    private static final int MAX_RENDER_LOOKBACK = 80;
    private static final Pattern OPERATOR = Pattern.compile("[A-Za-z0-9][-+=/*][A-Za-z0-9(]");

    private DoubledMath() {
    }

    /** The line with every doubled formula replaced by its TeX in {@code $...$}. */
    public static String repair(String line) {
        String s = NUMBER_FRACTION.matcher(line).replaceAll("$1/$2");
        s = backslashSpans(s);
        return tokenSpans(s);
    }

    /** Letters and digits a TeX fragment renders, in order (operators and structure render nothing). */
    public static String visible(String tex) {
        StringBuilder out = new StringBuilder();
        for (Tok t : tokens(tex, 0)) out.append(t.visible);
        return out.toString();
    }

    private record Tok(int end, String visible) {
    }

    private static List<Tok> tokens(String s, int from) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                int j = i + 1;
                while (j < n && Character.isLetter(s.charAt(j)) && s.charAt(j) < 128) j++;
                if (j == i + 1) {
                    out.add(new Tok(i + 2, ""));
                    i += 2;
                    continue;
                }
                String name = s.substring(i + 1, j);
                if (SKIP_ARGUMENT.contains(name) && j < n && s.charAt(j) == '{') {
                    int close = s.indexOf('}', j);
                    j = close < 0 ? n : close + 1;
                    out.add(new Tok(j, ""));
                } else if (GREEK.containsKey(name)) {
                    out.add(new Tok(j, GREEK.get(name)));
                } else if (NAMED.contains(name)) {
                    out.add(new Tok(j, name));
                } else {
                    out.add(new Tok(j, ""));
                }
                i = j;
            } else {
                out.add(new Tok(i + 1, Character.isLetterOrDigit(c) ? String.valueOf(c) : ""));
                i++;
            }
        }
        return out;
    }

    private static String backslashSpans(String s) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int b = nextTrigger(s, 0);
        while (b >= 0) {
            int[] span = doubledSpan(s, copied, b);
            if (span != null) {
                out.append(s, copied, span[0]).append('$').append(s.substring(span[1], span[2]).strip()).append('$');
                copied = span[2];
                b = nextTrigger(s, copied);
            } else {
                b = nextTrigger(s, b + 1);
            }
        }
        out.append(s.substring(copied));
        return out.toString();
    }

    /** A backslash, or a sub/superscript mark after a letter, digit or brace: where TeX may start. */
    private static int nextTrigger(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') return i;
            if ((c == '_' || c == '^') && i > 0 && i + 1 < s.length()
                    && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '}')
                    && (Character.isLetterOrDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '{' || s.charAt(i + 1) == '\\')) {
                return i;
            }
        }
        return -1;
    }

    /** {renderStart, texStart, texEnd} of a doubled formula around the backslash at {@code b}, or null. */
    private static int[] doubledSpan(String s, int floor, int b) {
        if (insideMath(s, b)) return null;
        int[] best = null;
        int bestLen = 0;
        for (int start = b; start >= Math.max(floor, b - MAX_RENDER_LOOKBACK); start--) {
            if (!startsTex(s.charAt(start))) continue;
            String before = alnum(s, floor, start);
            if (before.isEmpty()) continue;
            List<Tok> toks = tokens(s, start);
            StringBuilder vis = new StringBuilder();
            int matchTok = -1;
            int matchLen = 0;
            for (int k = 0; k < toks.size(); k++) {
                Tok t = toks.get(k);
                if (t.visible.isEmpty()) continue;
                vis.append(t.visible);
                if (vis.length() > before.length()) break;
                if (before.endsWith(vis.toString()) && coversTrigger(toks, k, b)) {
                    matchTok = k;
                    matchLen = vis.length();
                }
            }
            if (matchTok < 0 || matchLen < bestLen) continue;
            int renderStart = renderStart(s, floor, start, matchLen);
            if (renderStart < 0) continue;
            int j = matchTok;
            while (toks.get(j).end <= b) j++;
            int end = closeSpan(s, start, toks, j);
            // Most rendered characters explained wins; then the span covering more TeX; then the nearest start.
            if (best != null && matchLen == bestLen && end <= best[2]) continue;
            best = new int[] {renderStart, start, end};
            bestLen = matchLen;
        }
        return best;
    }

    /** True when the tokens after {@code k} up to the trigger {@code b} render nothing (a {@code \\%} after {@code 30}). */
    private static boolean coversTrigger(List<Tok> toks, int k, int b) {
        for (int j = k; j < toks.size() && toks.get(j).end <= b; j++) {
            if (j > k && !toks.get(j).visible.isEmpty()) return false;
        }
        return true;
    }

    /** Extends a span over closing tokens ({@code }}, {@code )}, {@code \right)}, {@code \end{..}}) until it balances. */
    private static int closeSpan(String s, int start, List<Tok> toks, int k) {
        int j = k;
        while (j + 1 < toks.size() && unbalanced(s.substring(start, toks.get(j).end))) {
            Tok next = toks.get(j + 1);
            String text = s.substring(toks.get(j).end, next.end);
            if (!next.visible.isEmpty() || text.isBlank()) {
                // allow one space before \end or \right, nothing else
                if (!(text.isBlank() && j + 2 < toks.size() && s.startsWith("\\", next.end)
                        && toks.get(j + 2).visible.isEmpty())) break;
            }
            j++;
        }
        return toks.get(j).end;
    }

    private static boolean unbalanced(String tex) {
        int brace = 0;
        int paren = 0;
        int bracket = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\' && i + 1 < tex.length() && "{}".indexOf(tex.charAt(i + 1)) >= 0) {
                i++;
                continue;
            }
            switch (c) {
                case '{' -> brace++;
                case '}' -> brace--;
                case '(' -> paren++;
                case ')' -> paren--;
                case '[' -> bracket++;
                case ']' -> bracket--;
                default -> { }
            }
        }
        return brace > 0 || paren > 0 || bracket > 0 || count(tex, "\\begin{") > count(tex, "\\end{")
                || count(tex, "\\left") > count(tex, "\\right") - count(tex, "\\rightarrow");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    private static boolean startsTex(char c) {
        return Character.isLetterOrDigit(c) || c == '(' || c == '[' || c == '{' || c == '\\' || c == '|';
    }


    private static int renderStart(String s, int floor, int start, int count) {
        int seen = 0;
        int r = start;
        while (r > floor && seen < count) {
            r--;
            if (Character.isLetterOrDigit(s.charAt(r))) seen++;
        }
        if (seen < count) return -1;
        while (r > floor && "([{|∣‖".indexOf(s.charAt(r - 1)) >= 0) r--;
        return r;
    }

    private static String alnum(String s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(s.charAt(i))) b.append(s.charAt(i));
        return b.toString();
    }

    private static boolean insideMath(String s, int pos) {
        int dollars = 0;
        for (int i = 0; i < pos; i++) if (s.charAt(i) == '$' && (i == 0 || s.charAt(i - 1) != '\\')) dollars++;
        return dollars % 2 == 1;
    }

    private static final Pattern TOKEN = Pattern.compile("[^\\s$]+");

    /** Doubled tokens without a backslash: {@code TT}, {@code 1010}, {@code hth_t}. */
    private static String tokenSpans(String s) {
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(s);
        int copied = 0;
        while (m.find()) {
            if (insideMath(s, m.start())) continue;
            String tok = m.group();
            int lead = 0;
            while (lead < tok.length() && "(\"'“‘’".indexOf(tok.charAt(lead)) >= 0) lead++;
            int trail = tok.length();
            while (trail > lead && ".,;:?!)\"'”’‘".indexOf(tok.charAt(trail - 1)) >= 0) trail--;
            String core = tok.substring(lead, trail);
            String fixed = fixToken(core);
            if (fixed != null) {
                out.append(s, copied, m.start() + lead).append(fixed);
                copied = m.start() + trail;
            }
        }
        out.append(s.substring(copied));
        return out.toString();
    }

    static String fixToken(String core) {
        int n = core.length();
        if (n >= 2 && n % 2 == 0 && core.codePoints().allMatch(Character::isLetterOrDigit)
                && core.substring(0, n / 2).equals(core.substring(n / 2))) {
            String half = core.substring(0, n / 2);
            if (half.chars().allMatch(Character::isDigit)) return half;
            if (half.length() <= 2 || !half.chars().allMatch(c -> c < 128 && Character.isLowerCase(c))) {
                return "$" + half + "$";
            }
            return null;
        }
        int dash = core.indexOf('-');
        if (dash >= 2 && dash % 2 == 0 && dash <= 4) {
            String head = core.substring(0, dash);
            String fixed = fixToken(head);
            if (fixed != null && head.chars().allMatch(Character::isLetter)) return fixed + core.substring(dash);
        }
        if (core.indexOf('\\') < 0 && (core.indexOf('_') > 0 || core.indexOf('^') > 0 || OPERATOR.matcher(core).find())) {
            for (int k = 1; k < n; k++) {
                String tail = core.substring(k);
                String vis = visible(tail);
                boolean headPlain = core.substring(0, k).chars().allMatch(Character::isLetterOrDigit)
                        || core.indexOf('_') > 0 || core.indexOf('^') > 0;
                if (headPlain && !vis.isEmpty() && vis.equals(alnum(core, 0, k)) && Character.isLetterOrDigit(tail.charAt(0))
                        && !tail.chars().allMatch(Character::isLetterOrDigit)) {
                    return "$" + tail + "$";
                }
            }
        }
        return null;
    }
}
