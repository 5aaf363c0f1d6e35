package io.verideck.verifier.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.numeric.NumericBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

class GenTest {
    private static final long SEED = 99L;

    @BeforeAll
    static void load() {
        NumericBackend.load();
    }

    @Test
    void theSameSeedGivesTheSameValueAndReplayReproducesIt() {
        Gen<INDArray> g = Gen.integers(1, 5).flatMap(n -> TensorGen.dense(-1, 1, n, 2));
        Source first = Source.random(SEED);
        INDArray a = g.generate(first);
        INDArray b = g.generate(Source.random(SEED));
        assertEquals(a, b);
        assertEquals(a, g.generate(Source.replay(first.choices())));
    }

    @Test
    void zeroChoicesGiveTheSimplestValue() {
        assertEquals(3, Gen.integers(3, 9).generate(Source.replay(new long[0])));
        assertEquals(0.0, Gen.doubles(-2, 2).generate(Source.replay(new long[0])));
        assertEquals(1.0, Gen.doubles(1, 2).generate(Source.replay(new long[0])));
        assertEquals("a", Gen.oneOf("a", "b").generate(Source.replay(new long[0])));
    }

    @Test
    void mapAndFilterCompose() {
        Gen<Integer> even = Gen.integers(0, 100).filter(i -> i % 2 == 0).map(i -> i + 1);
        for (int i = 0; i < 50; i++) {
            assertEquals(1, even.generate(Source.random(SEED + i)) % 2);
        }
        assertThrows(Discard.class, () -> Gen.integers(0, 10).filter(i -> i > 10).generate(Source.random(SEED)));
    }

    @Test
    void probabilityVectorsAndOneHotRowsAreValid() {
        for (int i = 0; i < 20; i++) {
            INDArray p = TensorGen.probabilityVector(5, 0.1).generate(Source.random(SEED + i));
            assertEquals(1.0, p.sumNumber().doubleValue(), 1e-12);
            assertTrue(p.minNumber().doubleValue() >= 0.1 / 5 - 1e-15);
            INDArray y = TensorGen.oneHot(4, 3).generate(Source.random(SEED + i));
            assertArrayEquals(new double[] {1, 1, 1, 1}, y.sum(1).toDoubleVector());
        }
    }

    @Test
    void spdAndDesignMatricesAreWellConditioned() {
        for (int i = 0; i < 10; i++) {
            INDArray a = TensorGen.spd(4).generate(Source.random(SEED + i));
            assertEquals(a, a.transpose());
            INDArray x = TensorGen.fullRankDesign(7, 3).generate(Source.random(SEED + i));
            INDArray gram = x.transpose().mmul(x);
            double cond = gram.norm2Number().doubleValue() * InvertMatrix.invert(gram, false).norm2Number().doubleValue();
            assertTrue(cond < 1e3, "condition estimate " + cond);
            INDArray w = TensorGen.wellConditioned(3).generate(Source.random(SEED + i));
            assertTrue(w.sub(Nd4j.eye(3)).amaxNumber().doubleValue() <= 0.5 / 3);
        }
    }

    @Test
    void kinksAreAvoided() {
        INDArray v = TensorGen.awayFrom(-1, 1, new double[] {0}, 1e-3, 200).generate(Source.random(SEED));
        assertTrue(org.nd4j.linalg.ops.transforms.Transforms.abs(v).minNumber().doubleValue() >= 1e-3);
    }
}
