package io.verideck.numeric.gan;

import io.verideck.numeric.Stacked;
import io.verideck.numeric.softmax.BinaryCrossEntropy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The GAN value function on a finite space.
 *
 * <p>{@code V(G, D) = E_{x~p_data} log D(x) + E_{x~p_g} log(1 - D(x)) = sum_x p_data(x) log D(x) +
 * p_g(x) log(1 - D(x))}; pointwise it is concave in {@code D(x)} and maximized by {@code D*(x) =
 * p_data(x) / (p_data(x) + p_g(x))}, where {@code V(G, D*) = -log 4 + 2 JSD(p_data || p_g)}.
 * {@code dV/dD(x) = p_data(x)/D(x) - p_g(x)/(1 - D(x))}. Shapes: {@code p_data, p_g, D [K]}; stacked
 * {@code D [S, K]}. Reference: Goodfellow et al., "Generative Adversarial Nets" (2014), proposition 1
 * and theorem 1.
 */
public final class GanValue {
    private GanValue() {
    }

    /**
     * @param pData data distribution {@code [K]}
     * @param pG generator distribution {@code [K]}
     * @param d discriminator outputs in (0, 1) {@code [K]}
     * @return {@code V}
     */
    public static double value(INDArray pData, INDArray pG, INDArray d) {
        return valueStacked(pData, pG, d.reshape(1, d.length())).getDouble(0);
    }

    /**
     * @param pData {@code [K]}
     * @param pG {@code [K]}
     * @param d {@code [S, K]}
     * @return {@code [S]}
     */
    public static INDArray valueStacked(INDArray pData, INDArray pG, INDArray d) {
        INDArray real = Transforms.log(d, true).muliRowVector(pData);
        INDArray fake = Transforms.log(d.rsub(1.0), false).muliRowVector(pG);
        return Stacked.sumPerCopy(real.addi(fake));
    }

    /**
     * @param pData {@code [K]}
     * @param pG {@code [K]}
     * @param d {@code [K]}
     * @return {@code dV/dD}
     */
    public static INDArray gradient(INDArray pData, INDArray pG, INDArray d) {
        return pData.div(d).subi(pG.div(d.rsub(1.0)));
    }

    /**
     * @param pData {@code [K]}
     * @param pG {@code [K]}
     * @return {@code D* = p_data / (p_data + p_g)}
     */
    public static INDArray optimalDiscriminator(INDArray pData, INDArray pG) {
        return pData.div(pData.add(pG));
    }

    /**
     * The discriminator's objective written as a classifier loss: minus the binary cross-entropy of
     * {@code D} on real examples labelled 1 (weight {@code p_data}) and fake ones labelled 0 (weight
     * {@code p_g}).
     *
     * @param pData {@code [K]}
     * @param pG {@code [K]}
     * @param d {@code [K]}
     * @return {@code -(BCE_real + BCE_fake)}
     */
    public static double negativeClassifierLoss(INDArray pData, INDArray pG, INDArray d) {
        INDArray real = BinaryCrossEntropy.elementwise(d, d.like().assign(1.0)).muli(pData);
        INDArray fake = BinaryCrossEntropy.elementwise(d, d.like().assign(0.0)).muli(pG);
        return -real.addi(fake).sumNumber().doubleValue();
    }
}
