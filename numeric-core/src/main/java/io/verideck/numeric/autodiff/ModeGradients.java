package io.verideck.numeric.autodiff;

import java.util.ArrayList;
import java.util.List;

/**
 * The gradient of a {@link ScalarProgram} {@code f: R^n -> R} by forward mode (n passes, seed
 * {@code e_i} in pass i) and by reverse mode (one recorded forward pass and one backward sweep), each
 * reporting how many passes over the program it made.
 */
public final class ModeGradients {
    private ModeGradients() {
    }

    /**
     * @param gradient the gradient
     * @param passes evaluations of the program (forward) or forward plus backward sweeps (reverse)
     */
    public record Result(double[] gradient, int passes) {
    }

    /**
     * @param f the program
     * @param x the point
     * @return {@code grad f(x)} from n dual-number passes
     */
    public static Result forward(ScalarProgram f, double... x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            List<Dual> in = new ArrayList<>();
            for (int j = 0; j < x.length; j++) {
                in.add(new Dual(x[j], i == j ? 1 : 0));
            }
            g[i] = f.apply(DualOps.INSTANCE, in).tangent();
        }
        return new Result(g, x.length);
    }

    /**
     * @param f the program
     * @param x the point
     * @param seed the upstream gradient
     * @return {@code seed * grad f(x)} from one taped pass and one backward sweep
     */
    public static Result reverse(ScalarProgram f, double seed, double... x) {
        Tape tape = new Tape();
        List<Tape.Node> in = new ArrayList<>();
        for (double v : x) {
            in.add(tape.variable(v));
        }
        double[] adjoint = tape.backward(f.apply(tape, in), seed);
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            g[i] = adjoint[in.get(i).index()];
        }
        return new Result(g, 2);
    }
}
