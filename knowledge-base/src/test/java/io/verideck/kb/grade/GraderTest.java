package io.verideck.kb.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraderTest {
    private static final Rubric SIGMOID = new Rubric("What is the sigmoid activation?", "",
            List.of("sigma(x) = 1/(1+exp(-x))", "squashes any real number into (0,1)", "saturates for large |x|"));
    private static final Grader GRADER = new Grader();

    @Test
    void aCompleteAnswerHitsEveryKeyPoint() {
        Grade g = GRADER.grade(SIGMOID, "It is 1/(1+exp(-x)); it squashes any real number into (0, 1) and saturates when |x| is large.");
        assertEquals(3, g.count(KeyPointMatch.Status.HIT), g.toString());
        assertEquals(5, g.suggested());
    }

    @Test
    void texSymbolsMatchTheirNames() {
        Grade g = GRADER.grade(SIGMOID, "$\\sigma(x) = \\frac{1}{1+e^{-x}}$");
        assertEquals(KeyPointMatch.Status.HIT, g.points().get(0).status(), g.toString());
        assertTrue(g.points().get(0).matchedWords().contains("sigma"), g.points().get(0).matchedWords().toString());
    }

    @Test
    void smallTyposStillMatch() {
        Grade typo = GRADER.grade(SIGMOID, "it saturats for larg x");
        assertEquals(KeyPointMatch.Status.HIT, typo.points().get(2).status(), typo.toString());
    }

    @Test
    void synonymsMatchAbbreviations() {
        Rubric r = new Rubric("", "", List.of("mean squared error is the default loss"));
        Grade g = GRADER.grade(r, "MSE is the default");
        assertTrue(g.points().get(0).coverage() >= KeyPointMatch.HIT, g.toString());
    }

    @Test
    void negationContradictsAKeyPoint() {
        Grade yes = GRADER.grade(SIGMOID, "For large |x| it saturates.");
        Grade no = GRADER.grade(SIGMOID, "For large |x| it does not saturate.");
        assertNull(yes.points().get(2).contradiction());
        assertNotNull(no.points().get(2).contradiction(), no.toString());
        assertEquals(KeyPointMatch.Status.CONTRADICTED, no.points().get(2).status());
        assertEquals(0, no.points().get(2).credit());
    }

    @Test
    void anOppositeWordContradicts() {
        Rubric r = new Rubric("", "", List.of("the code dimension is larger than the input"));
        Grade g = GRADER.grade(r, "the code dimension is smaller than the input");
        assertNotNull(g.points().get(0).contradiction(), g.toString());
    }

    @Test
    void yesAgainstNoLowersTheScore() {
        Rubric r = new Rubric("Is backpropagation a learning algorithm?", "", List.of("no, it only computes gradients", "the optimizer updates the parameters"));
        Grade right = GRADER.grade(r, "No. It only computes gradients; the optimizer then updates the parameters.");
        Grade wrong = GRADER.grade(r, "Yes. It computes gradients and the optimizer updates the parameters.");
        assertTrue(wrong.score() < right.score() / 2, right.score() + " vs " + wrong.score());
        assertTrue(wrong.reason().contains("yes"), wrong.reason());
    }

    @Test
    void lengthAloneEarnsNothing() {
        String padding = "Neural networks are trained with data and many layers of units that learn representations. ".repeat(40);
        Grade g = GRADER.grade(SIGMOID, padding);
        assertEquals(0, g.suggested(), g.toString());
        Grade scattered = GRADER.grade(SIGMOID, "sigma " + padding + " exp " + padding + " squashes " + padding + " real " + padding + " large");
        assertTrue(scattered.score() < 0.3, "words far apart earn little: " + scattered.score());
    }

    @Test
    void repeatingTheQuestionEarnsLittle() {
        Rubric r = new Rubric("What is the stride of a convolution?", "",
                List.of("the number of pixels the kernel moves between applications", "stride 2 roughly halves height and width"));
        Grade g = GRADER.grade(r, "The stride of a convolution is the stride of the convolution.");
        assertTrue(g.suggested() <= 1, g.toString());
    }

    @Test
    void emptyAnswersScoreZeroWithAReason() {
        for (String s : new String[] {"", "   \n\t ", null, "\u001b[2J\u0007"}) {
            Grade g = GRADER.grade(SIGMOID, s);
            assertEquals(0, g.score());
            assertTrue(g.reason().contains("empty"), g.reason());
        }
    }

    @Test
    void enormousPastesAreCutAndGradedQuickly() {
        String huge = "sigma of x is one over one plus exp minus x; ".repeat(200_000);
        long t0 = System.nanoTime();
        Grade g = GRADER.grade(SIGMOID, huge);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 5_000, "took " + ms + " ms");
        assertTrue(g.notes().stream().anyMatch(n -> n.contains("cut")), g.notes().toString());
    }

    @Test
    void matchedWordsNeverCarryEscapes() {
        Grade g = GRADER.grade(SIGMOID, "it \u001b]0;owned\u0007saturates\u001b[31m for large x\u0000");
        for (KeyPointMatch p : g.points()) {
            for (String w : p.matchedWords()) assertFalse(w.chars().anyMatch(Character::isISOControl), w);
        }
        assertTrue(g.notes().stream().anyMatch(n -> n.contains("removed")), g.notes().toString());
    }

    private static void assertNull(Object o) {
        org.junit.jupiter.api.Assertions.assertNull(o, String.valueOf(o));
    }
}
