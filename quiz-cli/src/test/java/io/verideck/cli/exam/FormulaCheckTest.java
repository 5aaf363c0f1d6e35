package io.verideck.cli.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormulaCheckTest {
    /** A stand-in judge with the contract FormulaCheck expects: equal strings (ignoring spaces) are accepted. */
    public static final class EchoJudge {
        public record Result(boolean accepted, String text) {
            @Override
            public String toString() {
                return text;
            }
        }

        public static Result judge(String expected, String variables, String typed) {
            boolean ok = expected.replace(" ", "").equals(typed.replace(" ", ""));
            return new Result(ok, ok ? "accepted" : "rejected at x = 1 (" + variables + ")");
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
        assertEquals("rejected at x = 1 (z scalar)", no.message());
    }

    @Test
    void theFormulaLineIsFoundInAnAnswer() {
        assertEquals("max(0, z)", FormulaAnswer.extract("it is the ramp\n= max(0, z)\n"));
        assertEquals("exp(z)/sum(exp(z))", FormulaAnswer.extract("Formula: exp(z)/sum(exp(z))"));
        assertEquals(null, FormulaAnswer.extract("no formula here"));
    }
}
