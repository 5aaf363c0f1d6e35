package io.verideck.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The editing model of the {@code review --type} input area: a cursor, line keys, and no raw escapes. */
class AnswerAreaTest {
    private static final String LEFT = "\u001b[D";
    private static final String RIGHT = "\u001b[C";
    private static final String HOME = "\u001b[H";
    private static final String END = "\u001b[F";
    private static final String DELETE = "\u001b[3~";

    private static AnswerArea feed(AnswerArea a, String keys) {
        keys.codePoints().forEach(a::feed);
        return a;
    }

    private static AnswerArea typed(String keys) {
        return feed(new AnswerArea(), keys);
    }

    @Test
    void leftAndRightMoveTheCursorAndTypingInserts() {
        AnswerArea a = typed("alha" + LEFT + LEFT);
        assertEquals(2, a.cursor());
        feed(a, "p");
        assertEquals("alpha", a.text());
        assertEquals(3, a.cursor());
        feed(a, RIGHT + RIGHT + RIGHT + RIGHT);
        assertEquals(5, a.cursor(), "Right stops at the end");
        feed(a, LEFT.repeat(9));
        assertEquals(0, a.cursor(), "Left stops at the start");
        feed(a, "\u0006\u0006\u0002"); // Ctrl-F, Ctrl-F, Ctrl-B
        assertEquals(1, a.cursor());
    }

    @Test
    void homeAndEndGoToTheCursorsLineInEveryForm() {
        for (String[] he : new String[][] {{HOME, END}, {"\u0001", "\u0005"}, {"\u001b[1~", "\u001b[4~"},
                {"\u001b[7~", "\u001b[8~"}, {"\u001bOH", "\u001bOF"}}) {
            AnswerArea a = typed("first\rsecond" + LEFT);
            feed(a, he[0]);
            assertEquals(6, a.cursor(), "Home: start of the second line, not of the answer");
            feed(a, "2nd ");
            assertEquals("first\n2nd second", a.text());
            feed(a, he[1] + "!");
            assertEquals("first\n2nd second!", a.text());
        }
    }

    @Test
    void backspaceAndDeleteWorkAtTheCursor() {
        AnswerArea a = typed("squXared" + LEFT.repeat(4));
        feed(a, "\u007f");
        assertEquals("squared", a.text());
        assertEquals(3, a.cursor());
        feed(a, LEFT + DELETE);
        assertEquals("sqared", a.text());
        feed(a, "u" + "\u0004"); // Ctrl-D inside an answer deletes at the cursor, it does not quit
        assertEquals("squred", a.text());
        feed(a, "a\b");
        assertEquals("squred", a.text(), "Ctrl-H is Backspace");
        feed(a, HOME + "\u007f" + END + DELETE);
        assertEquals("squred", a.text(), "nothing to delete at the ends");
    }

    @Test
    void ctrlUKillsToTheLineStartAndCtrlKToItsEnd() {
        AnswerArea a = typed("keep this\rdrop this" + LEFT.repeat(4) + "\u0015");
        assertEquals("keep this\nthis", a.text());
        assertEquals(10, a.cursor());
        feed(a, "\u000b");
        assertEquals("keep this\n", a.text());
        feed(a, "\u0015\u007f");
        assertEquals("keep this", a.text(), "Backspace at a line start joins the lines");
    }

    @Test
    void enterInsideTheTextSplitsTheLineAndOnlyAnEmptyLastLineSubmits() {
        AnswerArea a = typed("onetwo" + LEFT.repeat(3));
        assertEquals(AnswerArea.Action.NONE, a.feed('\r'));
        assertEquals("one\ntwo", a.text());
        feed(a, "\r");
        assertEquals("one\n\ntwo", a.text(), "an empty line in the middle does not submit");
        feed(a, END);
        assertEquals(AnswerArea.Action.NONE, a.feed('\r'));
        assertEquals(AnswerArea.Action.SUBMIT, a.feed('\r'));
        assertEquals("one\n\ntwo", a.text());
    }

    @Test
    void upDownAndOtherKeysChangeNothingAndNeverReachTheText() {
        AnswerArea a = typed("ab" + "\u001b[A\u001b[B\u001bOA\u001b[15~\u001b[1;5D\u001b]0;title\u0007\u009b31m");
        assertEquals("ab", a.text());
        assertEquals(1, a.cursor(), "Ctrl-Left (CSI 1;5D) is a Left");
        feed(a, "\u001bOD\u001bOC\u001bOC");
        assertEquals(2, a.cursor(), "application-mode arrows move, and their letters are not typed");
        assertEquals("ab", a.text());
    }

    @Test
    void randomKeysKeepTheCursorInsideTheTextAndTheTextPrintable() {
        long seed = System.nanoTime();
        System.out.println("AnswerAreaTest seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] keys = {"a", "b", " ", "\r", "\u007f", LEFT, RIGHT, HOME, END, DELETE, "\u0015", "\u000b", "\u0001",
                "\u0005", "\u001b[200~x\r\ry\u001b[201~", "\u001b", "\u001b[", "\u0007", "\t", "é", "\u202e"};
        for (int round = 0; round < 200; round++) {
            AnswerArea a = new AnswerArea();
            for (int i = 0; i < 60; i++) {
                String k = keys[rnd.nextInt(keys.length)];
                for (int cp : k.codePoints().toArray()) {
                    if (a.feed(cp) == AnswerArea.Action.SUBMIT) a.clear();
                }
                assertTrue(a.cursor() >= 0 && a.cursor() <= a.text().length(), "seed " + seed + ": " + a.cursor());
                for (char c : a.text().toCharArray()) {
                    assertTrue(c == '\n' || !Character.isISOControl(c) && c != '\u202e', "seed " + seed + ": " + (int) c);
                }
            }
        }
    }

    @Test
    void theLayoutDrawsTheCursorWhereItIs() {
        var card = TestDecks.card("loss-0", "Losses", List.of());
        var progress = new SessionProgress(0, 1, 0, 0, Duration.ZERO);
        String answer = "alpha squared\nsecond";
        for (int c : new int[] {0, 3, 5, 13, 14, answer.length()}) {
            var view = new ScreenLayout.View(card, false, Map.of(), ConfidenceScale.FOUR, progress, "", false,
                    new ScreenLayout.Typed(answer, List.of(), 0, c));
            List<String> lines = new ScreenLayout(80, 24, false).render(view);
            String all = String.join("\n", lines);
            assertFalse(all.contains("\uE000"), "the cursor mark never reaches the screen");
            if (c == answer.length()) {
                assertTrue(all.contains("second_"), all);
            } else if (c == 13) {
                assertTrue(all.contains("alpha squared_"), all);
            } else {
                char under = answer.charAt(c);
                String shown = answer.substring(0, c) + "\u001b[7m" + under + "\u001b[0m";
                assertTrue(all.contains(shown.substring(shown.lastIndexOf('\n') + 1)), c + ": " + all);
            }
        }
    }
}
