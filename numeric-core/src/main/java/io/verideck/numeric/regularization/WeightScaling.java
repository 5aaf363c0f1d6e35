package io.verideck.numeric.regularization;

import io.verideck.numeric.softmax.Softmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The weight-scaling inference rule of dropout, checked by enumerating masks. For a linear unit
 * {@code E_mu[w^T (mu * x)] = w^T (p x)}. For softmax regression the normalized weighted geometric
 * mean over masks, {@code P~(y) ∝ prod_mu softmax(W (mu * x) + b)_y^{P(mu)}}, equals
 * {@code softmax(W (p x) + b)} exactly, because the log-probabilities are affine in mu up to the
 * normalizer. In deeper nonlinear nets it is only an approximation of the arithmetic ensemble mean.
 * Shapes: {@code W [K, n]}, {@code b [K]}, {@code x [n]}, masks {@code [M, n]}. Reference: Srivastava et
 * al. (2014); Goodfellow et al., <i>Deep Learning</i>, section 7.12, eq. 7.54 to 7.66.
 */
public final class WeightScaling {
    private WeightScaling() {
    }

    /**
     * @param w weights {@code [K, n]}
     * @param b bias {@code [K]}
     * @param x input {@code [n]}
     * @param masks all masks {@code [M, n]}
     * @param probabilities their probabilities {@code [M]}
     * @return the normalized geometric mean of the masked softmax outputs, {@code [K]}
     */
    public static INDArray geometricMean(INDArray w, INDArray b, INDArray x, INDArray masks, INDArray probabilities) {
        INDArray logits = masks.mulRowVector(x.reshape(1, x.length())).mmul(w.transpose()).addiRowVector(b.reshape(1, b.length()));
        INDArray logP = Softmax.logProbabilities(logits);
        INDArray weighted = probabilities.reshape(1, probabilities.length()).mmul(logP);
        return Softmax.probabilities(weighted).reshape(w.size(0));
    }

    /**
     * @param w weights {@code [K, n]}
     * @param b bias {@code [K]}
     * @param x input {@code [n]}
     * @param p keep probability
     * @return {@code softmax(W (p x) + b)}, {@code [K]}
     */
    public static INDArray scaledSoftmax(INDArray w, INDArray b, INDArray x, double p) {
        return Softmax.probabilities(w.mmul(x.reshape(x.length(), 1).mul(p)).reshape(1, w.size(0)).addi(b.reshape(1, b.length())))
                .reshape(w.size(0));
    }

    /**
     * A two-layer tanh net {@code v^T tanh(U (mu * x) + c)} for every mask at once.
     *
     * @param u hidden weights {@code [h, n]}
     * @param c hidden bias {@code [h]}
     * @param v output weights {@code [h]}
     * @param x input {@code [n]}
     * @param masks masks {@code [M, n]} (a row of p's gives the weight-scaled net)
     * @return outputs {@code [M]}
     */
    public static INDArray tanhNet(INDArray u, INDArray c, INDArray v, INDArray x, INDArray masks) {
        INDArray hidden = Transforms.tanh(masks.mulRowVector(x.reshape(1, x.length())).mmul(u.transpose())
                .addiRowVector(c.reshape(1, c.length())), false);
        return hidden.mmul(v.reshape(v.length(), 1)).reshape(masks.size(0));
    }
}
