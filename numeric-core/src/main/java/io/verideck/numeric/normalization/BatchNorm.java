package io.verideck.numeric.normalization;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalization of {@code H [m, d]} (rows are examples): {@code mu = 1/m sum_i H_i},
 * {@code sigma = sqrt(delta + 1/m sum_i (H_i - mu)^2)}, {@code H' = (H - mu) / sigma},
 * {@code Y = gamma .* H' + beta} with {@code gamma, beta [1, d]}. Backward, with column means written as a
 * bar: {@code grad_H = gamma / sigma .* (grad_Y - bar(grad_Y) - H' .* bar(grad_Y .* H'))},
 * {@code grad_gamma = sum_i grad_Y .* H'}, {@code grad_beta = sum_i grad_Y}. The per-column output variance
 * is {@code v / (v + delta)} for a column variance {@code v}. Reference: Ioffe and Szegedy (2015);
 * Goodfellow et al. (2016), section 8.7.1.
 */
public final class BatchNorm {
    private BatchNorm() {
    }

    /**
     * The forward pass and what the backward pass needs.
     *
     * @param output {@code Y [m, d]}
     * @param normalized {@code H' [m, d]}
     * @param mean {@code mu [1, d]}
     * @param std {@code sigma [1, d]}
     * @param variance the biased batch variance {@code [1, d]} (without {@code delta})
     */
    public record Forward(INDArray output, INDArray normalized, INDArray mean, INDArray std, INDArray variance) {
    }

    /**
     * @param h minibatch {@code [m, d]}
     * @param gamma scale {@code [1, d]}
     * @param beta shift {@code [1, d]}
     * @param delta added to the variance
     * @return the forward pass
     */
    public static Forward forward(INDArray h, INDArray gamma, INDArray beta, double delta) {
        INDArray mean = h.mean(true, 0);
        INDArray centered = h.subRowVector(mean);
        INDArray variance = centered.mul(centered).mean(true, 0);
        INDArray std = Transforms.sqrt(variance.add(delta), false);
        INDArray normalized = centered.diviRowVector(std);
        INDArray y = normalized.mulRowVector(gamma).addiRowVector(beta);
        return new Forward(y, normalized, mean, std, variance);
    }

    /**
     * @param gradOutput {@code grad_Y [m, d]}
     * @param f the forward pass
     * @param gamma scale {@code [1, d]}
     * @return {@code grad_H [m, d]}
     */
    public static INDArray backward(INDArray gradOutput, Forward f, INDArray gamma) {
        INDArray meanGrad = gradOutput.mean(true, 0);
        INDArray meanGradNorm = gradOutput.mul(f.normalized()).mean(true, 0);
        return gradOutput.subRowVector(meanGrad).subi(f.normalized().mulRowVector(meanGradNorm))
                .muliRowVector(gamma.div(f.std()));
    }

    /**
     * @param gradOutput {@code grad_Y}
     * @param f the forward pass
     * @return {@code grad_gamma [1, d]}
     */
    public static INDArray gammaGradient(INDArray gradOutput, Forward f) {
        return gradOutput.mul(f.normalized()).sum(true, 0);
    }

    /**
     * @param gradOutput {@code grad_Y}
     * @return {@code grad_beta [1, d]}
     */
    public static INDArray betaGradient(INDArray gradOutput) {
        return gradOutput.sum(true, 0);
    }

    /**
     * The forward output for many minibatches at once, for finite differences: each row of
     * {@code stack} is one {@code H} flattened row-major. Column sums and broadcasts are matrix products
     * with the fixed 0/1 matrices {@code S [m d, d]} and {@code S^T}.
     *
     * @param stack {@code [batches, m d]}
     * @param m rows of one minibatch
     * @param gamma scale {@code [1, d]}
     * @param beta shift {@code [1, d]}
     * @param delta added to the variance
     * @return the outputs, flattened the same way, {@code [batches, m d]}
     */
    public static INDArray forwardStacked(INDArray stack, int m, INDArray gamma, INDArray beta, double delta) {
        int d = (int) gamma.length();
        INDArray sum = Nd4j.zeros(m * d, d);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < d; j++) {
                sum.putScalar(i * d + j, j, 1.0);
            }
        }
        INDArray spread = sum.transpose();
        INDArray centered = stack.sub(stack.mmul(sum).divi(m).mmul(spread));
        INDArray std = Transforms.sqrt(centered.mul(centered).mmul(sum).divi(m).addi(delta), false);
        INDArray normalized = centered.divi(std.mmul(spread));
        return normalized.muliRowVector(gamma.reshape(1, d).mmul(spread)).addiRowVector(beta.reshape(1, d).mmul(spread));
    }

    /**
     * Evaluation mode: a fixed affine map per feature from running statistics.
     *
     * @param x examples {@code [b, d]}
     * @param runningMean {@code [1, d]}
     * @param runningVariance {@code [1, d]}
     * @param gamma scale
     * @param beta shift
     * @param delta added to the variance
     * @return {@code gamma (x - mean) / sqrt(var + delta) + beta}
     */
    public static INDArray evaluate(INDArray x, INDArray runningMean, INDArray runningVariance, INDArray gamma,
            INDArray beta, double delta) {
        INDArray std = Transforms.sqrt(runningVariance.add(delta), false);
        return x.subRowVector(runningMean).diviRowVector(std).muliRowVector(gamma).addiRowVector(beta);
    }

    /**
     * Exponential moving average of the batch statistics used at test time.
     *
     * @param running the running value {@code [1, d]}
     * @param batch this batch's statistic {@code [1, d]}
     * @param momentum weight of the old value
     * @return {@code momentum running + (1 - momentum) batch}
     */
    public static INDArray updateRunning(INDArray running, INDArray batch, double momentum) {
        return running.mul(momentum).addi(batch.mul(1 - momentum));
    }

    /**
     * The 2-D variant (BatchNorm2d): statistics per channel over the batch and both spatial axes.
     *
     * @param x {@code [N, C, H, W]}
     * @param gamma {@code [1, C]}
     * @param beta {@code [1, C]}
     * @param delta added to the variance
     * @return normalized {@code [N, C, H, W]}
     */
    public static INDArray forward2d(INDArray x, INDArray gamma, INDArray beta, double delta) {
        long n = x.size(0);
        long c = x.size(1);
        long hh = x.size(2);
        long ww = x.size(3);
        INDArray rows = x.permute(0, 2, 3, 1).dup('c').reshape(n * hh * ww, c);
        INDArray y = forward(rows, gamma, beta, delta).output();
        return y.reshape(n, hh, ww, c).permute(0, 3, 1, 2).dup('c');
    }
}
