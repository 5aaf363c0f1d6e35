package io.verideck.kb.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads content files as strict UTF-8, turning a bad byte into a message instead of mojibake. */
public final class ContentReader {
    /** Content files larger than this are refused: no hand-written deck is near it. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private ContentReader() {
    }

    public static ContentFile read(Path path, String name) {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) return ContentFile.failed(name, "file is " + size + " bytes; content files are limited to " + MAX_BYTES, 1);
            return decode(name, Files.readAllBytes(path));
        } catch (IOException e) {
            return ContentFile.failed(name, "cannot read file: " + e.getMessage(), 1);
        }
    }

    public static ContentFile decode(String name, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return ContentFile.failed(name, "file is UTF-16; save it as UTF-8", 1);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) return ContentFile.failed(name, "file contains NUL bytes; is it a binary file?", 1);
            return ContentFile.ok(name, text);
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstBadByte(bytes);
            for (int i = 0; i < bad; i++) if (bytes[i] == '\n') line++;
            return ContentFile.failed(name, "not valid UTF-8 (byte offset " + bad + "); save the file as UTF-8", line);
        }
    }

    private static int firstBadByte(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
            if (n < 0) return i;
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
            }
            i += n + 1;
        }
        return b.length;
    }
}
