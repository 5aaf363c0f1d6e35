package io.verideck.numeric.regularization;

import io.verideck.numeric.autodiff.BooleanLookupNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dropout masks and the two train/test conventions. Standard dropout trains on {@code mu * h} with
 * {@code mu ~ Bernoulli(p)} and scales the weights by p at test time (the weight-scaling rule);
 * inverted dropout trains on {@code mu * h / p} (so {@code E[mu h / p] = h}, {@code Var = h^2 (1-p)/p},
 * {@code d/dh = mu / p}) and uses h unchanged at test time. In evaluation mode no mask is drawn and the
 * output is deterministic. Exact expectations enumerate the {@code 2^n} masks. Shapes: masks
 * {@code [N, n]}, activations broadcast against them. Reference: Srivastava et al. (2014), section 4;
 * Goodfellow et al., <i>Deep Learning</i>, section 7.12.
 */
public final class Dropout {
    private Dropout() {
    }

    /**
     * @param rate the rate
     * @param rows masks to draw
     * @param n units
     * @param seed seed
     * @return Bernoulli(keep) masks {@code [rows, n]} of 0 and 1
     */
    public static INDArray masks(DropoutRate rate, long rows, long n, long seed) {
        org.nd4j.linalg.api.rng.Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        INDArray mask = Nd4j.createUninitialized(DataType.DOUBLE, rows, n);
        return Nd4j.getExecutioner().exec(new org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution(mask, rate.keep()), rng);
    }

    /** @param n units, at most 20 @return every mask {@code [2^n, n]} */
    public static INDArray allMasks(int n) {
        return BooleanLookupNetwork.patterns(n);
    }

    /** @param masks {@code [M, n]} @param rate the rate @return each mask's probability {@code p^|mu| (1-p)^(n-|mu|)}, {@code [M]} */
    public static INDArray maskProbabilities(INDArray masks, DropoutRate rate) {
        long n = masks.size(1);
        INDArray kept = masks.sum(1);
        INDArray logP = kept.mul(Math.log(rate.keep()));
        if (rate.keep() < 1) {
            logP.addi(kept.rsub((double) n).muli(Math.log(1 - rate.keep())));
        }
        return org.nd4j.linalg.ops.transforms.Transforms.exp(logP, false);
    }

    /**
     * @param h activations {@code [n]}, {@code [1, n]} (shared by every mask) or {@code [B, n]}
     * @param mask masks of the same shape, {@code [M, n]} for a shared h, or one mask {@code [1, n]} for every row of h
     * @param rate the rate
     * @return the inverted-dropout training output {@code mu * h / p}
     */
    public static INDArray invertedTrain(INDArray h, INDArray mask, DropoutRate rate) {
        INDArray kept;
        if (java.util.Arrays.equals(h.shape(), mask.shape())) {
            kept = h.mul(mask);
        } else if (h.rank() == 2 && h.size(0) == 1) {
            kept = mask.mulRowVector(h);
        } else {
            kept = h.mulRowVector(mask.reshape(1, mask.length()));
        }
        return kept.divi(rate.keep());
    }

    /**
     * @param h activations
     * @return the evaluation-mode output: h itself, no mask drawn
     */
    public static INDArray eval(INDArray h) {
        return h.dup();
    }
}
