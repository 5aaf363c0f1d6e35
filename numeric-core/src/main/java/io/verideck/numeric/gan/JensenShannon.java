package io.verideck.numeric.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Jensen-Shannon divergence of two distributions on a finite space, computed directly from its
 * definition (independently of the GAN value): {@code JSD(p || q) = 1/2 KL(p || m) + 1/2 KL(q || m)},
 * {@code m = (p + q)/2}; {@code 0 <= JSD <= log 2}. Shapes: {@code p, q [K]}, strictly positive.
 * Reference: Lin, "Divergence measures based on the Shannon entropy" (1991).
 */
public final class JensenShannon {
    private JensenShannon() {
    }

    /**
     * @param p distribution {@code [K]}
     * @param q distribution {@code [K]}
     * @return {@code JSD(p || q)} in nats
     */
    public static double divergence(INDArray p, INDArray q) {
        INDArray m = p.add(q).muli(0.5);
        return 0.5 * kl(p, m) + 0.5 * kl(q, m);
    }

    /**
     * @param p distribution
     * @param q distribution
     * @return {@code KL(p || q) = sum p log(p/q)}
     */
    public static double kl(INDArray p, INDArray q) {
        return Transforms.log(p.div(q), false).muli(p).sumNumber().doubleValue();
    }
}
