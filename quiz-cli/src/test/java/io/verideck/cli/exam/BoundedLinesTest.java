package io.verideck.cli.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
    @Test
    void linesEndAtLfCrOrCrLf() throws IOException {
        BoundedLines b = new BoundedLines(new StringReader("a\r\nb\rc\nd"), 10);
        assertEquals("a", b.next().text());
        assertEquals("b", b.next().text());
        assertEquals("c", b.next().text());
        assertEquals("d", b.next().text());
        assertNull(b.next());
    }

    @Test
    void aHugeLineIsReadButNotKept() throws IOException {
        long size = 50_000_000L;
        Reader endless = new Reader() {
            long left = size;

            @Override
            public int read(char[] buf, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(buf, off, off + n, 'x');
                left -= n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        BoundedLines b = new BoundedLines(new java.io.BufferedReader(endless), 1000);
        BoundedLines.Line l = b.next();
        assertEquals(1000, l.text().length());
        assertTrue(l.truncated());
        assertNull(b.next());
    }

    @Test
    void shortLinesAreNotTruncated() throws IOException {
        assertFalse(new BoundedLines(new StringReader("abc\n"), 3).next().truncated());
    }
}
