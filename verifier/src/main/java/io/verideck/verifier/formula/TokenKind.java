package io.verideck.verifier.formula;

/** The kinds of token of the formula language. */
enum TokenKind {
    NUMBER("a number"),
    NAME("a name"),
    PLUS("'+'"),
    MINUS("'-'"),
    STAR("'*'"),
    SLASH("'/'"),
    CARET("'^'"),
    HADAMARD("'.*'"),
    LPAREN("'('"),
    RPAREN("')'"),
    LBRACE("'{'"),
    RBRACE("'}'"),
    COMMA("','"),
    BAR("'|'"),
    LFLOOR("'\\lfloor'"),
    RFLOOR("'\\rfloor'"),
    LCEIL("'\\lceil'"),
    RCEIL("'\\rceil'"),
    PRIME("'''"),
    FRAC("'\\frac'"),
    SQRT("'\\sqrt'"),
    TRANSPOSE("'T'"),
    END("the end of the formula");

    private final String description;

    TokenKind(String description) {
        this.description = description;
    }

    /** How an error message names this kind. */
    String description() {
        return description;
    }
}
