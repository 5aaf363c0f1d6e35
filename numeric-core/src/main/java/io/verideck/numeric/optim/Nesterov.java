package io.verideck.numeric.optim;

import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Nesterov momentum: {@code v <- alpha v - eps grad J(theta + alpha v)}, {@code theta <- theta + v}.
 * With the look-ahead point {@code phi = theta + alpha v} as the parameter it needs no look-ahead
 * evaluation: {@code v' = alpha v - eps grad J(phi)}, {@code phi' = phi + (1 + alpha) v' - alpha v}
 * (the form DL4J's {@code Nesterovs} updater uses). Reference: Nesterov (1983); Sutskever et al. (2013);
 * Goodfellow et al. (2016), algorithm 8.3.
 */
public final class Nesterov {
    private Nesterov() {
    }

    /**
     * Parameters and velocity.
     *
     * @param theta parameters (or the look-ahead point, in the reparameterized form)
     * @param v velocity
     */
    public record State(INDArray theta, INDArray v) {
    }

    /**
     * @param s current state
     * @param gradient {@code grad J}
     * @param alpha momentum coefficient
     * @param eps learning rate
     * @return the next state
     */
    public static State step(State s, UnaryOperator<INDArray> gradient, double alpha, double eps) {
        INDArray ahead = s.theta().add(s.v().mul(alpha));
        INDArray v = Momentum.velocity(s.v(), gradient.apply(ahead), alpha, eps);
        return new State(s.theta().add(v), v);
    }

    /**
     * @param s current state, {@code theta} holding the look-ahead point {@code phi}
     * @param gradient {@code grad J}
     * @param alpha momentum coefficient
     * @param eps learning rate
     * @return the next state in the reparameterized form
     */
    public static State lookaheadFreeStep(State s, UnaryOperator<INDArray> gradient, double alpha, double eps) {
        INDArray v = Momentum.velocity(s.v(), gradient.apply(s.theta()), alpha, eps);
        return new State(s.theta().add(v.mul(1 + alpha)).subi(s.v().mul(alpha)), v);
    }
}
