package io.verideck.kb.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TypedAnswerTest {
    @Test
    void escapeSequencesAndControlsAreRemoved() {
        TypedAnswer a = TypedAnswer.of("a\u001b[31mred\u001b[0m \u001b]8;;http://x\u001b\\link\u001b]8;;\u0007 b\u0000c\u202e\r\nd");
        assertEquals("ared link bc\nd", a.text());
        assertEquals(6, a.removed());
    }

    @Test
    void longPastesAreCut() {
        TypedAnswer a = TypedAnswer.of("x".repeat(TypedAnswer.MAX_CHARS * 3));
        assertTrue(a.truncated());
        assertEquals(TypedAnswer.MAX_CHARS, a.text().length());
    }

    @Test
    void randomBytesNeverLeaveAControlCharacter() {
        long seed = 20261121L;
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(60);
            for (int i = 0; i < n; i++) b.append((char) (rnd.nextInt(4) == 0 ? rnd.nextInt(0x20) : rnd.nextInt(0x20, 0x250)));
            String text = TypedAnswer.of(b.toString()).text();
            boolean bad = text.chars().anyMatch(c -> c != '\n' && c != '\t' && Character.isISOControl(c));
            assertFalse(bad, "seed " + seed + " round " + round + ": " + b.toString().chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void typoDistanceIsBounded() {
        assertEquals(1, Typos.distance("saturat", "saturta", 2));
        assertTrue(Typos.near("gradient", "gradeint"));
        assertFalse(Typos.near("sum", "sun"));
        assertFalse(Typos.near("linear", "nonlinear"));
    }
}
