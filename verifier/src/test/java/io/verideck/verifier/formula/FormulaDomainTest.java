package io.verideck.verifier.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Random points really lie in their declared domains. Randomized: the seed is printed. */
class FormulaDomainTest {
    private static long seed;

    @BeforeAll
    static void pickSeed() {
        seed = Long.getLong("formula.domain.seed", System.nanoTime());
        System.out.println("FormulaDomainTest seed=" + seed + " (rerun with -Dformula.domain.seed=" + seed + ")");
    }

    private static Value[] samples(String declaration, int count) {
        return DomainSamples.of(declaration, count, seed);
    }

    @Test
    void scalarsStayInTheirRanges() {
        for (Value v : samples("positive", 500)) assertTrue(v.asScalar() > 0, "seed " + seed + ": " + v);
        for (Value v : samples("unit", 500)) assertTrue(v.asScalar() > 0 && v.asScalar() < 1, "seed " + seed + ": " + v);
        for (Value v : samples("binary", 100)) assertTrue(v.asScalar() == 0 || v.asScalar() == 1, "seed " + seed + ": " + v);
        for (Value v : samples("scalar", 500)) assertTrue(Math.abs(v.asScalar()) <= 3, "seed " + seed + ": " + v);
    }

    @Test
    void vectorsAndMatricesHaveTheirShapes() {
        Value v = samples("vector[4]", 1)[0];
        assertEquals("4x1", v.shape());
        assertEquals("3x5", samples("matrix[3,5]", 1)[0].shape());
        assertEquals("3x3", samples("spd[3]", 1)[0].shape());
    }

    @Test
    void probabilityVectorsArePositiveAndSumToOne() {
        for (Value p : samples("prob[5]", 200)) {
            double sum = 0;
            for (double x : p.data()) {
                assertTrue(x > 0, "seed " + seed + ": " + p);
                sum += x;
            }
            assertEquals(1, sum, 1e-12, "seed " + seed);
        }
    }

    @Test
    void oneHotVectorsHaveASingleOne() {
        int[] hits = new int[4];
        for (Value y : samples("onehot[4]", 400)) {
            int ones = 0;
            for (int i = 0; i < 4; i++) {
                assertTrue(y.data()[i] == 0 || y.data()[i] == 1, "seed " + seed + ": " + y);
                if (y.data()[i] == 1) {
                    ones++;
                    hits[i]++;
                }
            }
            assertEquals(1, ones, "seed " + seed + ": " + y);
        }
        for (int h : hits) assertTrue(h > 40, "seed " + seed + ": every index is drawn: " + java.util.Arrays.toString(hits));
    }

    @Test
    void spdMatricesAreSymmetricAndPositiveDefinite() {
        SplittableRandom random = new SplittableRandom(seed + 1);
        for (Value a : samples("spd[4]", 100)) {
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) assertEquals(a.at(r, c), a.at(c, r), 0, "seed " + seed);
            }
            for (int k = 0; k < 10; k++) {
                Value x = new Domain(Domain.Kind.VECTOR, 4, 1).sample(random);
                assertTrue(x.transpose().matmul(a).matmul(x).asScalar() > 0, "seed " + seed + ": " + a);
            }
        }
    }
}
