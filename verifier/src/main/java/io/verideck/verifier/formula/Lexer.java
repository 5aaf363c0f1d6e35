package io.verideck.verifier.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits typed text into tokens, spelling out TeX commands, Greek letters and Unicode operators so the
 * parser sees one vocabulary: {@code \sigma} and {@code σ} both become the name {@code sigma},
 * {@code \hat{y}} becomes {@code y_hat}, {@code x_{i}} becomes {@code x_i}, {@code \cdot} becomes
 * {@code *} and {@code ⊙} becomes {@code .*}.
 */
final class Lexer {
    /** Longest accepted input; anything longer is refused before any work is done. */
    static final int MAX_LENGTH = 4000;

    private static final Map<String, String> GREEK_TEX = Map.ofEntries(
            Map.entry("epsilon", "eps"), Map.entry("varepsilon", "eps"), Map.entry("varrho", "rho"),
            Map.entry("vartheta", "theta"), Map.entry("varphi", "phi"));
    private static final String GREEK_NAMES = " alpha beta gamma delta zeta eta theta iota kappa lambda mu nu xi pi"
            + " rho sigma tau upsilon phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi Omega ";
    private static final String GREEK_CHARS = "αβγδεζηθικλμνξπρστυφχψωΓΔΘΛΞΠΣΦΨΩ";
    private static final String[] GREEK_CHAR_NAMES = {"alpha", "beta", "gamma", "delta", "eps", "zeta", "eta",
        "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
        "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega"};
    private static final String FUNCTION_TEX = " log ln exp sin cos tan tanh sinh cosh max min ";
    private static final String SPACING_TEX = " left right big Big bigg Bigg bigl bigr Bigl Bigr quad qquad displaystyle ";
    private static final String WRAPPER_TEX = " mathrm mathbf mathit boldsymbol bm vec operatorname text textrm mathsf ";
    private static final String ACCENT_TEX = " hat bar tilde ";

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, ending with an {@link TokenKind#END} token. */
    static List<Token> tokenize(String text) {
        if (text == null) throw new FormulaException(0, "no formula");
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException(0, "formula too long: " + text.length() + " characters (the limit is "
                    + MAX_LENGTH + ")");
        }
        Lexer lexer = new Lexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipSpace();
            if (pos >= text.length()) break;
            lexOne();
        }
        tokens.add(new Token(TokenKind.END, "", text.length() + 1));
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private void lexOne() {
        int start = pos;
        char c = text.charAt(pos);
        if (isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
            lexNumber();
        } else if (isAsciiLetter(c)) {
            add(TokenKind.NAME, subscripts(asciiWord()), start);
        } else if (GREEK_CHARS.indexOf(c) >= 0) {
            pos++;
            add(TokenKind.NAME, subscripts(GREEK_CHAR_NAMES[GREEK_CHARS.indexOf(c)] + digits()), start);
        } else if (c == '\\') {
            lexCommand();
        } else {
            lexSymbol(c);
        }
    }

    private void lexNumber() {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
        if (pos < text.length() && text.charAt(pos) == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
        }
        add(TokenKind.NUMBER, text.substring(start, pos), start);
    }

    private void lexSymbol(char c) {
        int start = pos;
        pos++;
        TokenKind kind = switch (c) {
            case '+' -> TokenKind.PLUS;
            case '-', '\u2212' -> TokenKind.MINUS;
            case '*', '\u00b7', '\u22c5', '\u00d7', '\u2217' -> {
                if (c == '*' && peek() == '*') {
                    pos++;
                    yield TokenKind.CARET;
                }
                yield TokenKind.STAR;
            }
            case '/', '\u00f7' -> TokenKind.SLASH;
            case '^' -> TokenKind.CARET;
            case '.' -> {
                if (peek() != '*') throw new FormulaException(start + 1, "expected '.*' or a number, found '.'");
                pos++;
                yield TokenKind.HADAMARD;
            }
            case '\u2299', '\u2218' -> TokenKind.HADAMARD;
            case '(', '[' -> TokenKind.LPAREN;
            case ')', ']' -> TokenKind.RPAREN;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case ',' -> TokenKind.COMMA;
            case '|' -> TokenKind.BAR;
            case '\u230a' -> TokenKind.LFLOOR;
            case '\u230b' -> TokenKind.RFLOOR;
            case '\u2308' -> TokenKind.LCEIL;
            case '\u2309' -> TokenKind.RCEIL;
            case '\'', '\u2032' -> TokenKind.PRIME;
            case '\u221a' -> TokenKind.SQRT;
            case '\u00b2', '\u00b3' -> {
                add(TokenKind.CARET, "^", start);
                add(TokenKind.NUMBER, c == '\u00b2' ? "2" : "3", start);
                yield null;
            }
            case '\u1d40' -> {
                add(TokenKind.CARET, "^", start);
                yield TokenKind.TRANSPOSE;
            }
            default -> throw new FormulaException(start + 1, "unexpected character '" + c + "'");
        };
        if (kind != null) add(kind, text.substring(start, pos), start);
    }

    private void lexCommand() {
        int start = pos;
        pos++;
        if (pos >= text.length()) throw new FormulaException(start + 1, "expected a TeX command after '\\', found the end of the formula");
        char c = text.charAt(pos);
        if (!isAsciiLetter(c)) {
            pos++;
            switch (c) {
                case ',', ';', ':', '!', ' ' -> { }
                case '{' -> add(TokenKind.LPAREN, "(", start);
                case '}' -> add(TokenKind.RPAREN, ")", start);
                default -> throw new FormulaException(start + 1, "unsupported TeX command '\\" + c + "'");
            }
            return;
        }
        String name = asciiWord();
        if (name.equals("frac") || name.equals("dfrac") || name.equals("tfrac")) {
            add(TokenKind.FRAC, name, start);
        } else if (name.equals("sqrt")) {
            add(TokenKind.SQRT, name, start);
        } else if (name.equals("lfloor") || name.equals("rfloor") || name.equals("lceil") || name.equals("rceil")) {
            add(TokenKind.valueOf(name.toUpperCase(java.util.Locale.ROOT)), name, start);
        } else if (name.equals("cdot") || name.equals("times") || name.equals("ast")) {
            add(TokenKind.STAR, name, start);
        } else if (name.equals("odot") || name.equals("circ")) {
            add(TokenKind.HADAMARD, name, start);
        } else if (name.equals("top") || name.equals("intercal") || name.equals("mathsf") && peekWord("{T}")) {
            add(TokenKind.TRANSPOSE, name, start);
        } else if (name.equals("lVert") || name.equals("rVert") || name.equals("vert")) {
            throw new FormulaException(start + 1, "unsupported TeX command '\\" + name + "' (write norm(x) or abs(x))");
        } else if (SPACING_TEX.contains(" " + name + " ")) {
            return;
        } else if (ACCENT_TEX.contains(" " + name + " ")) {
            add(TokenKind.NAME, subscripts(braceName(start) + "_" + name), start);
        } else if (WRAPPER_TEX.contains(" " + name + " ")) {
            add(TokenKind.NAME, subscripts(braceName(start)), start);
        } else if (GREEK_TEX.containsKey(name) || GREEK_NAMES.contains(" " + name + " ")) {
            add(TokenKind.NAME, subscripts(GREEK_TEX.getOrDefault(name, name)), start);
        } else if (FUNCTION_TEX.contains(" " + name + " ")) {
            add(TokenKind.NAME, name, start);
        } else {
            throw new FormulaException(start + 1, "unsupported TeX command '\\" + name + "'");
        }
    }

    private boolean peekWord(String word) {
        if (!text.startsWith(word, pos)) return false;
        pos += word.length();
        return true;
    }

    /** The argument of {@code \hat}, {@code \mathbf} and the like: {@code {name}} or a single letter. */
    private String braceName(int commandStart) {
        skipSpace();
        boolean braced = pos < text.length() && text.charAt(pos) == '{';
        if (braced) {
            pos++;
            skipSpace();
        }
        String name = argumentName(commandStart);
        if (braced) {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '}') {
                throw new FormulaException(pos + 1, "expected '}' found " + describeHere());
            }
            pos++;
        }
        return name;
    }

    private String argumentName(int commandStart) {
        if (pos < text.length() && isAsciiLetter(text.charAt(pos))) return subscripts(asciiWord());
        if (pos < text.length() && GREEK_CHARS.indexOf(text.charAt(pos)) >= 0) {
            return GREEK_CHAR_NAMES[GREEK_CHARS.indexOf(text.charAt(pos++))];
        }
        if (pos < text.length() && text.charAt(pos) == '\\') {
            int save = tokens.size();
            lexCommand();
            if (tokens.size() == save + 1 && tokens.get(save).kind() == TokenKind.NAME) {
                return tokens.remove(save).text();
            }
        }
        throw new FormulaException(commandStart + 1, "expected a name in braces after the TeX command, found " + describeHere());
    }

    private String describeHere() {
        return pos >= text.length() ? "the end of the formula" : "'" + text.charAt(pos) + "'";
    }

    private String asciiWord() {
        int start = pos;
        while (pos < text.length() && (isAsciiLetter(text.charAt(pos)) || isDigit(text.charAt(pos)))) pos++;
        return text.substring(start, pos);
    }

    private String digits() {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
        return text.substring(start, pos);
    }

    /** Appends {@code _i}, {@code _{hh}}, {@code _0} subscripts to a name. */
    private String subscripts(String base) {
        StringBuilder name = new StringBuilder(base);
        while (pos < text.length() && text.charAt(pos) == '_') {
            int at = pos;
            pos++;
            String sub;
            if (pos < text.length() && text.charAt(pos) == '{') {
                pos++;
                skipSpace();
                sub = subscriptBody(at);
                skipSpace();
                if (pos >= text.length() || text.charAt(pos) != '}') {
                    throw new FormulaException(pos + 1, "expected '}' to close the subscript, found " + describeHere());
                }
                pos++;
            } else {
                sub = subscriptBody(at);
            }
            name.append('_').append(sub);
        }
        return name.toString();
    }

    private String subscriptBody(int underscore) {
        if (pos < text.length() && text.charAt(pos) == '\\') return argumentName(underscore);
        if (pos < text.length() && GREEK_CHARS.indexOf(text.charAt(pos)) >= 0) {
            return GREEK_CHAR_NAMES[GREEK_CHARS.indexOf(text.charAt(pos++))];
        }
        String sub = asciiWord();
        if (sub.isEmpty()) throw new FormulaException(underscore + 1, "expected a subscript after '_', found " + describeHere());
        return sub;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void add(TokenKind kind, String value, int start) {
        tokens.add(new Token(kind, value, start + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
