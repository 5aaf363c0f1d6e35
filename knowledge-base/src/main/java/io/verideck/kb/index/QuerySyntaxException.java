package io.verideck.kb.index;

/** A query that cannot be parsed; the message is one line a person can act on. */
public final class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message) {
        super(message);
    }
}
