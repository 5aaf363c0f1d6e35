package io.verideck.kb.imports;

import io.verideck.kb.model.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A decoded text source: BOMs removed, UTF-16 and Windows-1252 recognised, line ends normalised to
 * {@code \n}. Binary data and absurdly long lines are refused with the offending line.
 *
 * @param file     the file as the user named it
 * @param text     the decoded text
 * @param warnings decoding problems worked around (for example "read as Windows-1252")
 */
public record SourceText(String file, String text, List<ImportWarning> warnings) {
    /** Longest line accepted; a longer one is almost certainly not notes. */
    public static final int MAX_LINE = 1_000_000;
    /** Largest text source accepted. */
    public static final int MAX_BYTES = 64 << 20;

    public SourceText {
        warnings = List.copyOf(warnings);
    }

    /** A source that is already text (tests, in-memory conversions). */
    public static SourceText of(String file, String text) {
        return new SourceText(file, text.replace("\r\n", "\n").replace('\r', '\n'), List.of());
    }

    /** The lines, without their {@code \n}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        int start = 0;
        String t = text;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                out.add(t.substring(start, i));
                start = i + 1;
            }
        }
        if (start < t.length()) out.add(t.substring(start));
        return out;
    }

    /** Where line {@code n} (1-based) is. */
    public SourceLocation at(int line) {
        return new SourceLocation(file, line);
    }

    /** Decodes raw bytes, or explains with a line number why they are not a text source. */
    public static SourceText decode(String file, byte[] bytes) throws ImportException {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(new SourceLocation(file, 1), "file is larger than "
                    + (MAX_BYTES >> 20) + " MB; not imported");
        }
        List<ImportWarning> warnings = new ArrayList<>();
        int offset = 0;
        Charset cs;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            cs = StandardCharsets.UTF_8;
            offset = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            cs = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            cs = StandardCharsets.UTF_16BE;
            offset = 2;
        } else {
            cs = guessUtf16(bytes);
            if (cs != null) warnings.add(new ImportWarning(new SourceLocation(file, 1),
                    "no byte-order mark; read as " + cs.name()));
        }
        String text;
        if (cs == null) {
            checkBinary(file, bytes);
            try {
                text = strict(StandardCharsets.UTF_8, bytes, offset);
            } catch (CharacterCodingException e) {
                int line = lineOfFirstBadUtf8(bytes);
                warnings.add(new ImportWarning(new SourceLocation(file, line),
                        "not valid UTF-8; read the file as Windows-1252"));
                text = new String(bytes, Charset.forName("windows-1252"));
            }
        } else {
            try {
                text = strict(cs, bytes, offset);
            } catch (CharacterCodingException e) {
                throw new ImportException(new SourceLocation(file, 1), "not valid " + cs.name() + " text");
            }
            if (text.indexOf('\0') >= 0) {
                throw new ImportException(new SourceLocation(file, lineOf(text, text.indexOf('\0'))),
                        "binary data (NUL character), not a text file");
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        checkLineLength(file, text);
        return new SourceText(file, text, warnings);
    }

    private static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** UTF-16 without a BOM: most even (or odd) bytes of ASCII-heavy text are zero. */
    private static Charset guessUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) return null;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return StandardCharsets.UTF_16LE;
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static void checkBinary(String file, byte[] b) throws ImportException {
        int n = Math.min(b.length, 1 << 16);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                throw new ImportException(new SourceLocation(file, lineOf(b, i)),
                        "binary data (NUL byte at offset " + i + "), not a text file");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (n > 0 && control > n / 20) {
            throw new ImportException(new SourceLocation(file, 1),
                    "binary data (" + control + " control bytes in the first " + n + "), not a text file");
        }
    }

    private static void checkLineLength(String file, String text) throws ImportException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE) {
                    throw new ImportException(new SourceLocation(file, line), "line is " + (i - start)
                            + " characters long (limit " + MAX_LINE + "); not a notes file");
                }
                line++;
                start = i + 1;
            }
        }
    }

    private static int lineOfFirstBadUtf8(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        d.decode(in, out, true);
        return lineOf(b, in.position());
    }

    private static int lineOf(byte[] b, int pos) {
        int line = 1;
        for (int i = 0; i < pos && i < b.length; i++) if (b[i] == '\n') line++;
        return line;
    }

    static int lineOf(String s, int pos) {
        int line = 1;
        for (int i = 0; i < pos && i < s.length(); i++) if (s.charAt(i) == '\n') line++;
        return line;
    }
}
