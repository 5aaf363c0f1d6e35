package io.verideck.kb.tex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns TeX into text a terminal can show: Greek letters and operators as Unicode, {@code x^{(i)}} and
 * {@code W_{hh}} with Unicode super/subscripts where every character has one (else {@code ^(...)}),
 * {@code \frac{a}{b}} as {@code a/b} with parentheses where needed, matrices as {@code [a b; c d]}.
 * Unknown commands keep their name. Never throws: broken TeX comes out as readable text.
 */
public final class TexText {
    private static final int MAX_DEPTH = 64;
    private static final Map<String, String> VULGAR = Map.of("1/2", "½", "1/3", "⅓", "2/3", "⅔", "1/4", "¼", "3/4", "¾",
            "1/5", "⅕", "1/6", "⅙", "1/8", "⅛", "1/9", "⅑", "1/10", "⅒");

    private final String src;
    private int pos;
    private int depth;

    private TexText(String src) {
        this.src = src;
    }

    /** Converts one TeX formula (the text between the dollars). */
    public static String toText(String tex) {
        if (tex == null || tex.isEmpty()) return "";
        String out = new TexText(tex).sequence(null);
        return tidy(out);
    }

    /**
     * Converts a Markdown text with {@code $...$} / {@code $$...$$} math to terminal text: math converted,
     * display math on its own indented line, emphasis markers and code backticks dropped, list bullets as
     * {@code •}.
     */
    public static String markdownToText(String markdown) {
        if (markdown == null) return "";
        StringBuilder sb = new StringBuilder();
        for (MathSpans.Segment seg : MathSpans.scan(markdown).segments()) {
            switch (seg.kind()) {
                case TEXT -> {
                    String t = seg.text();
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\n' && t.startsWith("\n")) t = t.substring(1);
                    sb.append(prose(t));
                }
                case CODE -> sb.append(seg.text());
                case INLINE -> sb.append(toText(seg.text()));
                case DISPLAY -> {
                    int len = sb.length();
                    while (len > 0 && sb.charAt(len - 1) == ' ') len--;
                    sb.setLength(len);
                    if (len > 0 && sb.charAt(len - 1) != '\n') sb.append('\n');
                    for (String line : toText(seg.text()).split("\n")) sb.append("    ").append(line.strip()).append('\n');
                }
                default -> throw new IllegalStateException();
            }
        }
        MathSpans.Scan scan = MathSpans.scan(markdown);
        if (!scan.balanced()) sb.append(prose(markdown.substring(scan.unclosedAt())));
        return sb.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String prose(String t) {
        String s = t.replace("\\$", "$");
        s = s.replaceAll("(?m)^(\\s*)[-*+] ", "$1• ");
        s = s.replaceAll("(?m)^#{1,6} ", "");
        s = s.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("__(.+?)__", "$1");
        s = s.replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])", "$1");
        s = s.replaceAll("\\[([^\\]]+)]\\(([^)]+)\\)", "$1 <$2>");
        s = s.replaceAll("<br\\s*/?>", "\n");
        return s;
    }

    private static String tidy(String s) {
        return s.replaceAll("[ \\t]{2,}(?=\\S)", " ").strip();
    }

    // ---- parsing ----

    /** Reads until the closing brace {@code close} (or the end); returns the converted text. */
    private String sequence(String stopAtEnv) {
        StringBuilder sb = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '}') return sb.toString();
            if (stopAtEnv != null && src.startsWith("\\end", pos)) return sb.toString();
            if (c == '&' && stopAtEnv != null) return sb.toString();
            if (stopAtEnv != null && src.startsWith("\\\\", pos)) return sb.toString();
            String atom = atom();
            sb.append(scripts(atom));
        }
        return sb.toString();
    }

    private String scripts(String base) {
        String out = base;
        String sub = null;
        String sup = null;
        while (pos < src.length()) {
            int before = pos;
            skipSpaces();
            if (pos >= src.length() || "_^'".indexOf(src.charAt(pos)) < 0) {
                pos = before;
                break;
            }
            char c = src.charAt(pos);
            if (c == '_' && sub == null) {
                pos++;
                sub = argument();
            } else if (c == '^' && sup == null) {
                pos++;
                sup = argument();
            } else if (c == '\'') {
                pos++;
                out += "′";
            } else {
                break;
            }
        }
        if (sub != null) out += script(sub, Symbols.SUB, "_");
        if (sup != null) out += script(sup, Symbols.SUPER, "^");
        boolean asciiScript = sub != null && out.contains("_") || sup != null && out.contains("^");
        if (asciiScript && pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '\\')) {
            out += " "; // "E_z log" must not read as "E_zlog"
        }
        return out;
    }

    private static String script(String text, Map<Character, Character> alphabet, String marker) {
        String t = text.strip();
        if (t.equals("ᵀ") || t.equals("T") && marker.equals("^")) return "ᵀ";
        if (t.equals("-1") && marker.equals("^")) return "⁻¹";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            Character m = alphabet.get(t.charAt(i));
            if (m == null) {
                boolean simple = t.codePointCount(0, t.length()) == 1;
                return marker + (simple ? t : "(" + t + ")");
            }
            sb.append(m.charValue());
        }
        return sb.toString();
    }

    private void skipSpaces() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    /** One argument: a braced group, a command or a single character. */
    private String argument() {
        skipSpaces();
        if (pos >= src.length()) return "";
        char c = src.charAt(pos);
        if (c == '{') return group();
        if (c == '\\') return command();
        pos++;
        return String.valueOf(c);
    }

    private String group() {
        pos++; // '{'
        if (++depth > MAX_DEPTH) {
            depth--;
            int close = src.indexOf('}', pos);
            String raw = close < 0 ? src.substring(pos) : src.substring(pos, close);
            pos = close < 0 ? src.length() : close + 1;
            return raw;
        }
        String inner = sequence(null);
        if (pos < src.length() && src.charAt(pos) == '}') pos++;
        depth--;
        return inner;
    }

    private String rawGroup() {
        skipSpaces();
        if (pos >= src.length() || src.charAt(pos) != '{') return argument();
        int level = 0;
        int start = pos + 1;
        for (int i = pos; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '{') level++;
            else if (c == '}' && --level == 0) {
                pos = i + 1;
                return src.substring(start, i);
            }
        }
        pos = src.length();
        return src.substring(start);
    }

    private String atom() {
        char c = src.charAt(pos);
        if (c == '{') return group();
        if (c == '\\') return command();
        if (c == '^' || c == '_') return ""; // a script with no base: handled by scripts() of an empty atom
        if (c == '~') {
            pos++;
            return " ";
        }
        if (Character.isWhitespace(c)) {
            pos++;
            return " ";
        }
        pos++;
        if (c == '*') return "∗";
        return String.valueOf(c);
    }

    private String command() {
        pos++; // '\'
        if (pos >= src.length()) return "\\";
        char c = src.charAt(pos);
        if (!Character.isLetter(c)) {
            pos++;
            String sym = Symbols.COMMANDS.get(String.valueOf(c));
            return sym != null ? sym : String.valueOf(c);
        }
        int start = pos;
        while (pos < src.length() && Character.isLetter(src.charAt(pos))) pos++;
        String name = src.substring(start, pos);
        switch (name) {
            case "frac", "dfrac", "tfrac" -> {
                String a = argument();
                String b = argument();
                String f = fraction(a, b);
                String vulgar = VULGAR.get(a.strip() + "/" + b.strip());
                if (vulgar != null) return vulgar;
                // "a/b" glued to what follows would read as a/(b...): keep the fraction whole.
                int next = pos;
                while (next < src.length() && src.charAt(next) == ' ') next++;
                boolean glued = next < src.length() && (Character.isLetterOrDigit(src.charAt(next)) || "(\\[{".indexOf(src.charAt(next)) >= 0);
                return glued ? "(" + f + ")" : f;
            }
            case "sqrt" -> {
                String index = "";
                if (pos < src.length() && src.charAt(pos) == '[') {
                    int close = src.indexOf(']', pos);
                    if (close > 0) {
                        index = script(src.substring(pos + 1, close), Symbols.SUPER, "^");
                        pos = close + 1;
                    }
                }
                String a = argument();
                return index + "√" + (atomic(a) ? a : "(" + a + ")");
            }
            case "hat", "widehat" -> {
                return accent(argument(), '\u0302');
            }
            case "bar", "overline" -> {
                return accent(argument(), '\u0304');
            }
            case "tilde", "widetilde" -> {
                return accent(argument(), '\u0303');
            }
            case "dot" -> {
                return accent(argument(), '\u0307');
            }
            case "vec" -> {
                return accent(argument(), '\u20D7');
            }
            case "mathbb", "Bbb" -> {
                return mapLetters(rawGroup(), Symbols.BLACKBOARD);
            }
            case "mathcal", "mathscr" -> {
                return mapLetters(rawGroup(), Symbols.CALLIGRAPHIC);
            }
            case "mathbf", "mathrm", "mathit", "boldsymbol", "bm", "mathsf", "mathtt", "textbf", "textit", "emph",
                 "operatorname", "mathop", "displaystyle", "textstyle", "underbrace", "overbrace", "mbox" -> {
                if (name.equals("displaystyle") || name.equals("textstyle")) return "";
                return argument();
            }
            case "text", "textrm", "texttt" -> {
                return rawGroup();
            }
            case "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "middle" -> {
                skipSpaces();
                if (pos >= src.length()) return "";
                char d = src.charAt(pos);
                if (d == '.') {
                    pos++;
                    return "";
                }
                return d == '\\' ? command() : String.valueOf(src.charAt(pos++));
            }
            case "begin" -> {
                return environment(rawGroup());
            }
            case "end" -> {
                rawGroup();
                return "";
            }
            case "binom" -> {
                String a = argument();
                String b = argument();
                return "C(" + a + ", " + b + ")";
            }
            case "not" -> {
                String a = argument();
                return a.equals("=") ? "≠" : a + "\u0338";
            }
            case "label", "tag", "nonumber", "notag", "limits", "nolimits" -> {
                if (name.equals("label") || name.equals("tag")) rawGroup();
                return "";
            }
            default -> {
                String sym = Symbols.COMMANDS.get(name);
                if (sym != null) {
                    return Character.isLetter(sym.charAt(0)) && sym.length() > 1 ? sym + spaceAfterWord() : sym;
                }
                return name;
            }
        }
    }

    /** A named operator such as log is followed by a space when a letter or digit comes next. */
    private String spaceAfterWord() {
        if (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '\\'
                || src.charAt(pos) == ' ' && pos + 1 < src.length() && Character.isLetterOrDigit(src.charAt(pos + 1)))) {
            return " ";
        }
        return "";
    }

    private String environment(String name) {
        String env = name.replace("*", "");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        if (env.equals("array") && pos < src.length() && src.charAt(pos) == '{') rawGroup();
        while (pos < src.length()) {
            String cell = sequence(env).strip();
            if (pos >= src.length()) {
                row.add(cell);
                break;
            }
            if (src.charAt(pos) == '&') {
                pos++;
                row.add(cell);
            } else if (src.startsWith("\\\\", pos)) {
                pos += 2;
                row.add(cell);
                rows.add(row);
                row = new ArrayList<>();
            } else if (src.startsWith("\\end", pos)) {
                pos += 4;
                rawGroup();
                row.add(cell);
                break;
            } else {
                pos++; // a stray '}' inside an environment
            }
        }
        if (!(row.size() == 1 && row.get(0).isEmpty())) rows.add(row);
        return layout(env, rows);
    }

    private static String layout(String env, List<List<String>> rows) {
        switch (env) {
            case "cases" -> {
                List<String> parts = new ArrayList<>();
                for (List<String> r : rows) {
                    String v = r.isEmpty() ? "" : r.get(0);
                    String cond = r.size() > 1 ? r.get(1).replaceFirst("^(if|for)\\s+", "") : "";
                    parts.add(cond.isEmpty() ? v : v + " if " + cond);
                }
                return "{ " + String.join("; ", parts) + " }";
            }
            case "aligned", "align", "split", "gathered", "eqnarray", "multline" -> {
                List<String> lines = new ArrayList<>();
                for (List<String> r : rows) lines.add(String.join(" ", r).strip());
                return String.join("\n", lines);
            }
            default -> {
                String open = env.startsWith("p") ? "(" : env.startsWith("v") ? "|" : env.startsWith("V") ? "‖" : "[";
                String close = env.startsWith("p") ? ")" : env.startsWith("v") ? "|" : env.startsWith("V") ? "‖" : "]";
                List<String> lines = new ArrayList<>();
                for (List<String> r : rows) lines.add(String.join(" ", r));
                return open + String.join("; ", lines) + close;
            }
        }
    }

    private static String fraction(String a, String b) {
        String num = atomic(a) ? a : "(" + a + ")";
        String den = atomic(b) ? b : "(" + b + ")";
        return num + "/" + den;
    }

    /** True when a piece of text needs no parentheses around it as an operand. */
    static boolean atomic(String s) {
        String t = s.strip();
        if (t.isEmpty()) return true;
        if (t.startsWith("(") && matchingClose(t) == t.length() - 1) return true;
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (depth == 0 && (c == ' ' || c == '+' || c == '-' || c == '/' || c == '·' || c == '×' || c == '=' || c == ','
                    || c == '−' || c == '<' || c == '>' || c == '≤' || c == '≥')) return false;
        }
        return true;
    }

    private static int matchingClose(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '(') depth++;
            else if (t.charAt(i) == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static String accent(String a, char mark) {
        if (a.codePointCount(0, a.length()) == 1) return a + mark;
        return a + (mark == '\u0302' ? "^" : mark == '\u0304' ? "‾" : mark == '\u0303' ? "~" : "");
    }

    private static String mapLetters(String s, Map<Character, String> m) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(m.getOrDefault(c, String.valueOf(c)));
        return sb.toString();
    }
}
