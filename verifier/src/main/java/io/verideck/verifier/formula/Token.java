package io.verideck.verifier.formula;

/**
 * One token.
 *
 * @param kind   what it is
 * @param text   the normalized text: the name for {@link TokenKind#NAME} (TeX and Greek spelled out),
 *               the digits for {@link TokenKind#NUMBER}
 * @param column 1-based column where it starts in the typed text
 */
record Token(TokenKind kind, String text, int column) {

    /** How an error message shows what was found. */
    String found() {
        return switch (kind) {
            case NAME -> "'" + text + "'";
            case NUMBER -> text;
            default -> kind.description();
        };
    }
}
