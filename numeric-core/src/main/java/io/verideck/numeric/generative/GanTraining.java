package io.verideck.numeric.generative;

import java.util.SplittableRandom;

/**
 * The GAN training algorithm on a 1-D problem (claim M17): generator {@code G(z) = a z + b}, discriminator
 * {@code D(x) = sigma(w_1 x + w_2 x^2 + c)} (a logistic discriminator when {@code w_2 = 0}). Minibatch
 * objectives {@code J_G = (1/m) sum_i log(1 - D(G(z_i)))} (descended by the generator) and
 * {@code J_D = (1/m) sum_i [log D(x_i) + log(1 - D(G(z_i)))]} (ascended by the discriminator), with
 * gradients written out: for {@code s = logit D(G(z))}, {@code dlog(1 - sigma(s))/ds = -sigma(s)},
 * {@code ds/dG = w_1 + 2 w_2 G}, {@code dG/da = z}, {@code dG/db = 1}; for {@code r = logit D(x)},
 * {@code dlog sigma(r)/dr = 1 - sigma(r)}. Scalars are plain doubles: the minibatches are a few dozen
 * numbers, far below the cost of one ND4J op. The logs are evaluated as {@code log sigma(s)} and
 * {@code log sigma(-s)} in the stable form, since {@code log(1 - sigma(s))} loses all digits for large {@code s}. Reference: Goodfellow et al., "Generative Adversarial
 * Nets" (2014), Algorithm 1.
 */
public final class GanTraining {
    private GanTraining() {
    }

    /**
     * @param a generator slope
     * @param b generator shift
     * @param w discriminator {@code (w_1, w_2, c)}
     * @param z noise minibatch
     * @return {@code J_G}
     */
    public static double generatorObjective(double a, double b, double[] w, double[] z) {
        double s = 0;
        for (double zi : z) {
            s += logSigmoid(-logit(w, a * zi + b));
        }
        return s / z.length;
    }

    /**
     * @param a generator slope
     * @param b generator shift
     * @param w discriminator
     * @param z noise minibatch
     * @return {@code (dJ_G/da, dJ_G/db)}
     */
    public static double[] generatorGradient(double a, double b, double[] w, double[] z) {
        double ga = 0;
        double gb = 0;
        for (double zi : z) {
            double g = a * zi + b;
            double d = -sigmoid(logit(w, g)) * (w[0] + 2 * w[1] * g);
            ga += d * zi;
            gb += d;
        }
        return new double[] {ga / z.length, gb / z.length};
    }

    /**
     * @param a generator slope
     * @param b generator shift
     * @param w discriminator {@code (w_1, w_2, c)}
     * @param x data minibatch
     * @param z noise minibatch
     * @return {@code J_D}
     */
    public static double discriminatorObjective(double a, double b, double[] w, double[] x, double[] z) {
        double s = 0;
        for (double xi : x) {
            s += logSigmoid(logit(w, xi)) / x.length;
        }
        for (double zi : z) {
            s += logSigmoid(-logit(w, a * zi + b)) / z.length;
        }
        return s;
    }

    /**
     * @param a generator slope
     * @param b generator shift
     * @param w discriminator
     * @param x data minibatch
     * @param z noise minibatch
     * @return {@code dJ_D / d(w_1, w_2, c)}
     */
    public static double[] discriminatorGradient(double a, double b, double[] w, double[] x, double[] z) {
        double[] g = new double[3];
        for (double xi : x) {
            double d = (1 - sigmoid(logit(w, xi))) / x.length;
            g[0] += d * xi;
            g[1] += d * xi * xi;
            g[2] += d;
        }
        for (double zi : z) {
            double gz = a * zi + b;
            double d = -sigmoid(logit(w, gz)) / z.length;
            g[0] += d * gz;
            g[1] += d * gz * gz;
            g[2] += d;
        }
        return g;
    }

    /**
     * Alternating training: per iteration {@code k} discriminator ascent steps, then one generator
     * descent step, each on fresh minibatches of size {@code m}; data {@code N(mean, sd^2)}, noise {@code N(0, 1)}.
     *
     * @param start {@code (a, b, w_1, w_2, c)}
     * @param mean data mean
     * @param sd data standard deviation
     * @param iterations iterations
     * @param k discriminator steps per iteration
     * @param m minibatch size
     * @param rate learning rate
     * @param random the caller's seeded generator
     * @return the final {@code (a, b, w_1, w_2, c)}
     */
    public static double[] train(double[] start, double mean, double sd, int iterations, int k, int m, double rate,
            SplittableRandom random) {
        double a = start[0];
        double b = start[1];
        double[] w = {start[2], start[3], start[4]};
        for (int it = 0; it < iterations; it++) {
            for (int s = 0; s < k; s++) {
                double[] x = normals(random, m, mean, sd);
                double[] z = normals(random, m, 0, 1);
                double[] g = discriminatorGradient(a, b, w, x, z);
                for (int j = 0; j < 3; j++) {
                    w[j] += rate * g[j];
                }
            }
            double[] g = generatorGradient(a, b, w, normals(random, m, 0, 1));
            a -= rate * g[0];
            b -= rate * g[1];
        }
        return new double[] {a, b, w[0], w[1], w[2]};
    }

    /**
     * Simultaneous gradient descent-ascent on {@code V(x, y) = x y} ({@code x} minimizes, {@code y}
     * maximizes): {@code (x, y) <- (x - eta y, y + eta x)}, whose norm grows by {@code sqrt(1 + eta^2)} per step.
     *
     * @param x start
     * @param y start
     * @param eta step size
     * @param steps steps
     * @return {@code ||(x, y)||} after each step, {@code [steps + 1]} (index 0: the start)
     */
    public static double[] bilinearNorms(double x, double y, double eta, int steps) {
        double[] norms = new double[steps + 1];
        norms[0] = Math.hypot(x, y);
        for (int s = 1; s <= steps; s++) {
            double nx = x - eta * y;
            double ny = y + eta * x;
            x = nx;
            y = ny;
            norms[s] = Math.hypot(x, y);
        }
        return norms;
    }

    private static double logit(double[] w, double x) {
        return w[0] * x + w[1] * x * x + w[2];
    }

    /** {@code log sigma(s) = -log(1 + e^{-s})}, without cancellation: {@code log(1 - sigma(s)) = log sigma(-s)}. */
    private static double logSigmoid(double s) {
        return s >= 0 ? -Math.log1p(Math.exp(-s)) : s - Math.log1p(Math.exp(s));
    }

    private static double sigmoid(double s) {
        return 1 / (1 + Math.exp(-s));
    }

    private static double[] normals(SplittableRandom r, int m, double mean, double sd) {
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            double u1 = 1 - r.nextDouble();
            double u2 = r.nextDouble();
            out[i] = mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        }
        return out;
    }
}
