package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The smooth convex function {@code f(x) = log sum_i exp(x_i)}, computed stably as
 * {@code max(x) + log sum_i exp(x_i - max(x))}. Gradient {@code softmax(x)}, Hessian
 * {@code diag(p) - p p^T} with {@code p = softmax(x)}. Reference: Boyd and Vandenberghe (2004),
 * section 3.1.5.
 */
public final class LogSumExp {
    private LogSumExp() {
    }

    /**
     * @param xs one point per row {@code [S, n]}
     * @return {@code [S]}
     */
    public static INDArray valueStacked(INDArray xs) {
        INDArray max = xs.max(1).reshape(xs.rows(), 1);
        INDArray shifted = xs.subColumnVector(max);
        return Transforms.log(Transforms.exp(shifted, false).sum(1), false).addi(max.reshape(xs.rows()));
    }

    /**
     * @param x point (any shape, {@code n} entries)
     * @return {@code f(x)}
     */
    public static double value(INDArray x) {
        return valueStacked(x.reshape(1, x.length())).getDouble(0);
    }

    /**
     * @param x point ({@code n} entries)
     * @return {@code softmax(x)} as a column {@code [n, 1]}
     */
    public static INDArray gradient(INDArray x) {
        INDArray row = x.reshape(1, x.length());
        INDArray e = Transforms.exp(row.sub(row.maxNumber()), false);
        return e.divi(e.sumNumber()).reshape(x.length(), 1);
    }

    /**
     * @param x point
     * @param d direction ({@code n} entries)
     * @return the curvature {@code d^T H d = sum p_i d_i^2 - (p^T d)^2}
     */
    public static double curvature(INDArray x, INDArray d) {
        INDArray p = gradient(x);
        INDArray col = d.reshape(d.length(), 1);
        double pd = p.mul(col).sumNumber().doubleValue();
        return p.mul(col).muli(col).sumNumber().doubleValue() - pd * pd;
    }
}
