package io.verideck.numeric.rnn;

import io.verideck.numeric.Stacked;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One GRU step {@code h' = z * h + (1 - z) * n} and its backward pass (equations in the package
 * documentation). Shapes: {@code x [B, d]}, {@code h [B, u]}; in the stacked forward any operand may
 * have a leading copy axis. Reference: Cho et al., "Learning Phrase Representations using RNN
 * Encoder-Decoder for Statistical Machine Translation" (2014); Goodfellow et al. (2016), section
 * 10.10.2.
 *
 * @param convention where the reset gate acts
 */
public record GruCell(GruConvention convention) {

    /**
     * Forward step, keeping what the backward pass needs. Works for plain and stacked operands.
     *
     * @param p parameters
     * @param x input
     * @param h previous state
     * @return the step
     */
    public Step forward(GruParameters p, INDArray x, INDArray h) {
        long u = p.units();
        INDArray gi = Stacked.addBias(Stacked.matmul(x, p.inputWeights()), p.inputBias());
        INDArray gh = Stacked.addBias(Stacked.matmul(h, p.hiddenWeights()), p.hiddenBias());
        INDArray z = Transforms.sigmoid(block(gi, 0, u).add(block(gh, 0, u)), false);
        INDArray r = Transforms.sigmoid(block(gi, 1, u).add(block(gh, 1, u)), false);
        INDArray ghn;
        INDArray resetState = null;
        if (convention == GruConvention.RESET_AFTER_PRODUCT) {
            ghn = block(gh, 2, u).dup();
        } else {
            resetState = r.mul(h);
            ghn = Stacked.addBias(Stacked.matmul(resetState, block(p.hiddenWeights(), 2, u)),
                    block(p.hiddenBias(), 2, u));
        }
        INDArray preN = convention == GruConvention.RESET_AFTER_PRODUCT
                ? block(gi, 2, u).add(r.mul(ghn)) : block(gi, 2, u).add(ghn);
        INDArray n = Transforms.tanh(preN, false);
        INDArray next = z.mul(h).addi(z.rsub(1.0).muli(n));
        return new Step(x, h, z, r, n, ghn, resetState, next);
    }

    /**
     * Vector-Jacobian product of one step. The cotangent may carry a leading axis of {@code C}
     * cotangents (the rows of a Jacobian), in which case every gradient gets that axis too.
     *
     * @param p parameters (unstacked)
     * @param s the forward step (unstacked)
     * @param dNext {@code dL/dh'}, {@code [B, u]} or {@code [C, B, u]}
     * @return the gradients
     */
    public Gradients backward(GruParameters p, Step s, INDArray dNext) {
        long u = p.units();
        int batchAxis = dNext.rank() - 2;
        INDArray dz = dNext.mul(s.h().sub(s.n()));
        INDArray dh = dNext.mul(s.z());
        INDArray dan = dNext.mul(s.z().rsub(1.0)).muli(s.n().mul(s.n()).rsubi(1.0));
        INDArray dr;
        INDArray dgh;
        INDArray dHiddenWeights;
        if (convention == GruConvention.RESET_AFTER_PRODUCT) {
            dr = dan.mul(s.ghn());
            INDArray daz = dz.muli(s.z().mul(s.z().rsub(1.0)));
            INDArray dar = dr.muli(s.r().mul(s.r().rsub(1.0)));
            dgh = Nd4j.concat(dNext.rank() - 1, daz, dar, dan.mul(s.r()));
            dHiddenWeights = Stacked.matmul(s.h().transpose(), dgh);
            dh.addi(Stacked.matmul(dgh, p.hiddenWeights().transpose()));
            INDArray dgi = Nd4j.concat(dNext.rank() - 1, daz, dar, dan);
            return finish(p, s, dgi, dgh, dHiddenWeights, dh, batchAxis);
        }
        INDArray wn = block(p.hiddenWeights(), 2, u);
        INDArray dReset = Stacked.matmul(dan, wn.transpose());
        dr = dReset.mul(s.h());
        dh.addi(dReset.mul(s.r()));
        INDArray daz = dz.muli(s.z().mul(s.z().rsub(1.0)));
        INDArray dar = dr.muli(s.r().mul(s.r().rsub(1.0)));
        INDArray dzr = Nd4j.concat(dNext.rank() - 1, daz, dar);
        INDArray wzr = p.hiddenWeights().get(NDArrayIndex.all(), NDArrayIndex.interval(0, 2 * u));
        dh.addi(Stacked.matmul(dzr, wzr.transpose()));
        dHiddenWeights = Nd4j.concat(dNext.rank() - 1, Stacked.matmul(s.h().transpose(), dzr),
                Stacked.matmul(s.resetState().transpose(), dan));
        dgh = Nd4j.concat(dNext.rank() - 1, daz, dar, dan);
        return finish(p, s, dgh, dgh, dHiddenWeights, dh, batchAxis);
    }

    private static Gradients finish(GruParameters p, Step s, INDArray dgi, INDArray dgh, INDArray dHiddenWeights,
            INDArray dh, int batchAxis) {
        INDArray dInputWeights = Stacked.matmul(s.x().transpose(), dgi);
        INDArray dx = Stacked.matmul(dgi, p.inputWeights().transpose());
        GruParameters grads = new GruParameters(dInputWeights, dHiddenWeights, dgi.sum(batchAxis), dgh.sum(batchAxis));
        return new Gradients(grads, dx, dh);
    }

    /**
     * Gate block {@code k} (0 = z, 1 = r, 2 = n) of width {@code u} along the last axis.
     *
     * @param a array whose last axis holds the three blocks
     * @param k block index
     * @param u block width
     * @return a view
     */
    static INDArray block(INDArray a, int k, long u) {
        INDArrayIndex[] index = new INDArrayIndex[a.rank()];
        Arrays.fill(index, NDArrayIndex.all());
        index[a.rank() - 1] = NDArrayIndex.interval(k * u, (k + 1) * u);
        return a.get(index);
    }

    /**
     * What one forward step computed.
     *
     * @param x input
     * @param h previous state
     * @param z update gate
     * @param r reset gate
     * @param n candidate state
     * @param ghn recurrent term of the candidate ({@code h W_n + b_hn} or {@code (r*h) W_n + b_hn})
     * @param resetState {@code r * h} (reset-before convention only, else null)
     * @param next new state {@code h'}
     */
    public record Step(INDArray x, INDArray h, INDArray z, INDArray r, INDArray n, INDArray ghn,
            INDArray resetState, INDArray next) {
    }

    /**
     * Gradients of one step.
     *
     * @param parameters with respect to each parameter tensor
     * @param input {@code dL/dx}
     * @param state {@code dL/dh}
     */
    public record Gradients(GruParameters parameters, INDArray input, INDArray state) {
    }
}
