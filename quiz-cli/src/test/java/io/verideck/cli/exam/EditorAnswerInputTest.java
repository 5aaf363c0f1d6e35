package io.verideck.cli.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

/** The editor's rule for when an answer is complete (the terminal part is exercised by hand). */
class EditorAnswerInputTest {
    private final EditorAnswerInput.UntilBlankLine parser = new EditorAnswerInput.UntilBlankLine();

    @Test
    void enterOnATextLineAsksForMore() {
        assertThrows(EOFError.class, () -> parser.parse("max(0, z)", 9, ParseContext.ACCEPT_LINE));
        assertThrows(EOFError.class, () -> parser.parse("line one\nline two", 17, ParseContext.ACCEPT_LINE));
    }

    @Test
    void anEmptyLastLineOrQuitSubmits() {
        assertEquals("one", parser.parse("one\n", 4, ParseContext.ACCEPT_LINE).words().get(0));
        parser.parse("", 0, ParseContext.ACCEPT_LINE);
        parser.parse(":q", 2, ParseContext.ACCEPT_LINE);
    }

    @Test
    void completionParsingNeverThrows() {
        parser.parse("half an answer", 4, ParseContext.COMPLETE);
    }
}
