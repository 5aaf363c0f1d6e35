package io.verideck.verifier.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.numeric.NumericBackend;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.ClaimProperty;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.report.ClaimResult;
import io.verideck.verifier.report.Status;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class PropertyRunnerTest {
    private static final long SEED = 1234L;

    @BeforeAll
    static void load() {
        NumericBackend.load();
    }

    private static Claim claim(ClaimProperty p) {
        return new Claim("T1", "test-claim", "x", "none", Set.of(), List.of(p));
    }

    @Test
    void aFalsePropertyIsShrunkToTheSmallestCounterexample() {
        // "every vector has fewer than 3 entries above 0.5" is false; the smallest counterexample
        // is a length-3 vector.
        ClaimProperty p = ClaimProperty.forAll("few large entries", t -> {
            int n = t.draw("n", Gen.integers(1, 20));
            INDArray v = t.draw("v", TensorGen.dense(0, 1, n));
            t.require(v.gt(0.5).castTo(v.dataType()).sumNumber().intValue() < 3, "three entries above 0.5");
        });
        ClaimResult r = PropertyRunner.of(50, SEED).run(claim(p));
        System.out.println("seed " + SEED + ": " + io.verideck.verifier.report.ReportText.line(r));
        assertEquals(Status.FAILED, r.status());
        assertEquals("3", r.failure().input().get("n"));
        assertTrue(r.failure().shrinkSteps() > 0);
        assertEquals("verideck verify --claim T1 --seed 1234 --tries 50", r.failure().reproduce());
    }

    @Test
    void aTruePropertyPassesWithEveryTry() {
        ClaimProperty p = ClaimProperty.forAll("sum of squares is non-negative", t -> {
            INDArray v = t.draw("v", TensorGen.dense(-1, 1, 4));
            t.require(v.mul(v).sumNumber().doubleValue() >= 0, "negative");
        });
        ClaimResult r = PropertyRunner.of(30, SEED).run(claim(p));
        assertEquals(Status.PASSED, r.status());
        assertEquals(30, r.tries());
        assertNull(r.failure());
    }

    @Test
    void theSameSeedGivesTheSameFailure() {
        ClaimProperty p = ClaimProperty.forAll("x below 0.9", t -> {
            double x = t.draw("x", Gen.doubles(0, 1));
            t.close("x", Math.min(x, 0.9), x, new io.verideck.verifier.gradcheck.Tolerance(0, 0));
        });
        ClaimResult a = PropertyRunner.of(100, SEED).run(claim(p));
        ClaimResult b = PropertyRunner.of(100, SEED).run(claim(p));
        assertEquals(Status.FAILED, a.status());
        assertEquals(a.failure(), b.failure());
    }

    @Test
    void allDiscardedIsNotExecutable() {
        ClaimProperty p = ClaimProperty.forAll("impossible", t -> t.draw("x", Gen.integers(0, 3).filter(i -> i > 5)));
        assertEquals(Status.NOT_EXECUTABLE, PropertyRunner.of(5, SEED).run(claim(p)).status());
    }
}
