package io.verideck.cli.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaCheckTest {
    /**
     * A stand-in judge with the verifier's contract: equal strings (ignoring spaces) are accepted, a
     * typed "?" cannot be read, anything else is rejected at x = 1.
     */
    public static final class EchoJudge {
        public enum Result { ACCEPTED, REJECTED, INVALID }

        public record Verdict(Result result, String hint, Map<String, Object> counterexample, int pointsTried,
                              int pointsSkipped, String error) {
            public boolean accepted() {
                return result == Result.ACCEPTED;
            }
        }

        public static Verdict judge(String reference, String variables, String typed, long seed) {
            if (typed.equals("?")) return new Verdict(Result.INVALID, null, Map.of(), 0, 0, "col 1: unexpected '?'");
            boolean ok = reference.replace(" ", "").equals(typed.replace(" ", ""));
            return ok ? new Verdict(Result.ACCEPTED, null, Map.of(), 40, 0, null)
                    : new Verdict(Result.REJECTED, "off by a factor of 2", Map.of("x", 1.0), 40, 0, null);
        }
    }

    @Test
    void aMissingJudgeDegrades() {
        FormulaCheck.Verdict v = new FormulaCheck("io.verideck.nothing.Here").judge("x", "x scalar", "x");
        assertFalse(v.available());
        assertTrue(v.message().contains("unavailable"), v.message());
    }

    @Test
    void aPresentJudgeIsCalledByName() {
        FormulaCheck c = new FormulaCheck(EchoJudge.class.getName());
        assertTrue(c.judge("max(0, z)", "z scalar", "max(0,z)").accepted());
        FormulaCheck.Verdict no = c.judge("max(0, z)", "z scalar", "min(0,z)");
        assertTrue(no.available());
        assertFalse(no.accepted());
        assertEquals("rejected: off by a factor of 2; they differ at x = 1.0", no.message());
        FormulaCheck.Verdict unreadable = c.judge("max(0, z)", "z scalar", "?");
        assertFalse(unreadable.available(), "an unreadable formula does not cap the grade");
        assertTrue(unreadable.message().contains("col 1"), unreadable.message());
    }

    @Test
    void theFormulaLineIsFoundInAnAnswer() {
        assertEquals("max(0, z)", FormulaAnswer.extract("it is the ramp\n= max(0, z)\n"));
        assertEquals("exp(z)/sum(exp(z))", FormulaAnswer.extract("Formula: exp(z)/sum(exp(z))"));
        assertEquals(null, FormulaAnswer.extract("no formula here"));
    }
}
