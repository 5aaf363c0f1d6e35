package io.verideck.cli.exam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The multi-line answer editor (JLine): Enter starts a new line and the whole answer stays editable
 * (arrows move between lines); Enter on an empty last line submits; Ctrl-D on an empty answer or
 * {@code :q} quits the exam. JLine displays control characters in caret notation, so nothing typed or
 * pasted reaches the terminal raw.
 */
public final class EditorAnswerInput implements AnswerInput {
    private final Terminal terminal;
    private final LineReader reader;

    public EditorAnswerInput() {
        try {
            this.terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.reader = LineReaderBuilder.builder().terminal(terminal).parser(new UntilBlankLine())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "  ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_BRACKET, false)
                .build();
    }

    /** The editor's terminal (for printing between questions). */
    public Terminal terminal() {
        return terminal;
    }

    @Override
    public Optional<String> read() {
        try {
            String s = reader.readLine("> ");
            if (s.strip().equals(":q")) return Optional.empty();
            return Optional.of(s);
        } catch (EndOfFileException | UserInterruptException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException ignored) {
            // nothing to save on close
        }
    }

    /** Accepts the buffer only when it is empty or its last line is blank; otherwise asks for more. */
    static final class UntilBlankLine implements Parser {
        private final DefaultParser words = new DefaultParser();

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && !line.endsWith("\n") && !line.strip().equals(":q")) {
                throw new EOFError(-1, cursor, "answer continues; an empty line submits");
            }
            return words.parse(line, cursor, context);
        }
    }
}
