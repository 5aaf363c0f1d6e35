package io.verideck.cli.review;

import io.verideck.kb.grade.TypedAnswer;

/**
 * The typed-answer input of the full screen ({@code review --type}), fed one key at a time from the
 * raw terminal. Enter starts a new line; Enter on an empty line (or on an empty answer) submits; a
 * whole answer {@code :s}, {@code :u}, {@code :q} or {@code :?} is submitted by one Enter as a command.
 * Ctrl-D on an empty answer and Ctrl-C quit.
 *
 * <p>Editing happens at a cursor: Left/Right move it, Home/End (also Ctrl-A/Ctrl-E) go to the start or
 * end of the cursor's line, Backspace deletes before the cursor, Delete (and Ctrl-D inside an answer)
 * at it, Ctrl-U deletes from the start of the line to the cursor, Ctrl-K from the cursor to the end of
 * the line. Up and Down are ignored. Only printable characters and new
 * lines are kept: escape sequences (CSI, OSC, DCS, ...), other control characters and bidi/zero-width
 * characters are dropped as they arrive, so nothing typed or pasted can reach the screen raw. Inside
 * a bracketed paste ({@code ESC [200~} .. {@code ESC [201~}) Enter never submits, so a pasted blank
 * line cannot submit half an answer and hand the rest of the paste to the grade keys.
 */
final class AnswerArea {
    /** What a key did. */
    enum Action { NONE, SUBMIT, QUIT }

    /** Longest answer kept; the grader cuts at the same length. */
    static final int MAX = TypedAnswer.MAX_CHARS;

    private static final int TEXT = 0;
    private static final int ESC = 1;
    private static final int CSI = 2;
    private static final int STRING = 3;
    private static final int STRING_ESC = 4;
    private static final int SS3 = 5;

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder params = new StringBuilder();
    private int cursor;
    private int state = TEXT;
    private boolean pasting;
    private boolean cut;

    /** Feeds one character from the terminal. */
    Action feed(int ch) {
        switch (state) {
            case ESC -> {
                state = ch == '[' ? CSI : ch == 'O' ? SS3 : ch == ']' || ch == 'P' || ch == 'X' || ch == '^' || ch == '_' ? STRING : TEXT;
                params.setLength(0);
                return Action.NONE;
            }
            case SS3 -> {
                // application-mode cursor keys: ESC O C/D/H/F
                state = TEXT;
                if (ch == '\r' || ch == '\n') return text(ch);
                cursorKey((char) ch, "");
                return Action.NONE;
            }
            case CSI -> {
                if (ch >= 0x40 && ch <= 0x7e) {
                    state = TEXT;
                    String p = params.toString();
                    if (ch == '~' && p.equals("200")) pasting = true;
                    else if (ch == '~' && p.equals("201")) pasting = false;
                    else cursorKey((char) ch, p);
                    return Action.NONE;
                }
                if (ch != '\r' && ch != '\n') {
                    if (params.length() < 16) params.append((char) ch);
                    return Action.NONE;
                }
                state = TEXT; // a broken sequence: the Enter counts
            }
            case STRING, STRING_ESC -> {
                if (ch == 7 || ch == 0x9c || state == STRING_ESC && ch == '\\') {
                    state = TEXT;
                    return Action.NONE;
                }
                if (ch != '\r' && ch != '\n') {
                    state = ch == 27 ? STRING_ESC : STRING;
                    return Action.NONE;
                }
                state = TEXT; // an unterminated string ends at the line
            }
            default -> {
                // plain text, below
            }
        }
        return text(ch);
    }

    /** The final byte and parameters of a cursor-key sequence (xterm, VT220 and rxvt forms). */
    private void cursorKey(char fin, String p) {
        String first = p.contains(";") ? p.substring(0, p.indexOf(';')) : p;
        switch (fin) {
            case 'C' -> right();
            case 'D' -> left();
            case 'H' -> home();
            case 'F' -> end();
            case '~' -> {
                switch (first) {
                    case "1", "7" -> home();
                    case "4", "8" -> end();
                    case "3" -> delete();
                    default -> {
                        // other function keys: nothing
                    }
                }
            }
            default -> {
                // Up, Down and the rest: nothing
            }
        }
    }

    private Action text(int ch) {
        if (ch == 27) {
            state = ESC;
        } else if (ch == 0x9b) {
            state = CSI;
            params.setLength(0);
        } else if (ch == 0x8f) {
            state = SS3;
        } else if (ch == 0x90 || ch == 0x9d || ch == 0x98 || ch == 0x9e || ch == 0x9f) {
            state = STRING;
        } else if (ch == '\r' || ch == '\n') {
            return enter();
        } else if (ch == 127 || ch == 8) {
            if (cursor > 0) {
                text.deleteCharAt(--cursor);
            }
        } else if (ch == 4) {
            if (text.length() == 0) return Action.QUIT;
            delete();
        } else if (ch == 3) {
            return Action.QUIT;
        } else if (ch == 1) {
            home();
        } else if (ch == 5) {
            end();
        } else if (ch == 2) {
            left();
        } else if (ch == 6) {
            right();
        } else if (ch == 21) {
            int start = lineStart();
            text.delete(start, cursor);
            cursor = start;
        } else if (ch == 11) {
            text.delete(cursor, lineEnd());
        } else if (ch == '\t') {
            add(' ');
        } else if (!Character.isISOControl(ch) && !invisible(ch)) {
            add((char) ch);
        }
        return Action.NONE;
    }

    private void left() {
        if (cursor > 0) cursor--;
    }

    private void right() {
        if (cursor < text.length()) cursor++;
    }

    private void home() {
        cursor = lineStart();
    }

    private void end() {
        cursor = lineEnd();
    }

    private void delete() {
        if (cursor < text.length()) text.deleteCharAt(cursor);
    }

    private int lineStart() {
        int i = cursor;
        while (i > 0 && text.charAt(i - 1) != '\n') i--;
        return i;
    }

    private int lineEnd() {
        int i = cursor;
        while (i < text.length() && text.charAt(i) != '\n') i++;
        return i;
    }

    private Action enter() {
        String s = text.toString();
        boolean atEnd = cursor == text.length();
        if (!pasting && (s.isBlank() || atEnd && s.endsWith("\n") || isCommand(s))) {
            while (text.length() > 0 && text.charAt(text.length() - 1) == '\n') text.setLength(text.length() - 1);
            cursor = text.length();
            return Action.SUBMIT;
        }
        add('\n');
        return Action.NONE;
    }

    private void add(char c) {
        if (text.length() < MAX) text.insert(cursor++, c);
        else cut = true;
    }

    private static boolean isCommand(String s) {
        String t = s.strip();
        return t.equals(":s") || t.equals(":u") || t.equals(":q") || t.equals(":?");
    }

    private static boolean invisible(int c) {
        return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200b || c == 0xfeff;
    }

    /** The answer typed so far (printable characters and new lines only). */
    String text() {
        return text.toString();
    }

    /** Where the cursor is: the index in {@link #text()} the next character goes to. */
    int cursor() {
        return cursor;
    }

    /** The command the submitted answer is ({@code :s}, {@code :u}, {@code :q}, {@code :?}), or null. */
    String command() {
        return isCommand(text.toString()) ? text.toString().strip() : null;
    }

    /** True when keys were dropped because the answer reached {@link #MAX}. */
    boolean cut() {
        return cut;
    }

    /** Empties the area for the next card. */
    void clear() {
        text.setLength(0);
        cursor = 0;
        state = TEXT;
        pasting = false;
        cut = false;
    }
}
