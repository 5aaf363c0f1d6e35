package io.verideck.numeric.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The gradient-descent step {@code x' = x - eps grad f(x)} and the first-order Taylor model
 * {@code f(x + d) ~ f(x) + d^T grad f(x)} it rests on: for {@code grad f(x) != 0} and small {@code eps}
 * the step decreases {@code f}, and {@code -grad f / |grad f|} minimizes the directional derivative over
 * unit directions. Reference: Goodfellow et al. (2016), section 4.3.
 */
public final class GradientDescent {
    private GradientDescent() {
    }

    /**
     * @param x parameters (any shape)
     * @param g gradient (same length)
     * @param eps learning rate
     * @return {@code x - eps g} (new array)
     */
    public static INDArray step(INDArray x, INDArray g, double eps) {
        return x.sub(g.reshape(x.shape()).mul(eps));
    }

    /**
     * @param x parameters, updated in place
     * @param g gradient (same shape)
     * @param eps learning rate
     */
    public static void stepInPlace(INDArray x, INDArray g, double eps) {
        x.subi(g.reshape(x.shape()).mul(eps));
    }

    /**
     * The remainder of the first-order Taylor model.
     *
     * @param fAt {@code f(x)}
     * @param fMoved {@code f(x + eps d)}
     * @param eps step length
     * @param directional {@code d^T grad f(x)}
     * @return {@code |f(x + eps d) - f(x) - eps d^T grad f(x)|}
     */
    public static double taylorRemainder(double fAt, double fMoved, double eps, double directional) {
        return Math.abs(fMoved - fAt - eps * directional);
    }
}
