package io.verideck.numeric.mistakes;

/**
 * The GAN value function on a finite sample space with known densities (claims M14, M16):
 * {@code V(D, G) = sum_x p_data(x) log D(x) + sum_x p_g(x) log(1 - D(x))}, the optimal discriminator
 * {@code D* = p_data/(p_data + p_g)} and the Jensen-Shannon divergence, so that
 * {@code V(D*, G) = -log 4 + 2 JSD(p_data || p_g)}.
 */
public final class DiscreteGan {
    private DiscreteGan() {
    }

    /** @return {@code V(D, G)} */
    public static double value(double[] pData, double[] pG, double[] d) {
        double v = 0;
        for (int i = 0; i < d.length; i++) {
            v += pData[i] * Math.log(d[i]) + pG[i] * Math.log(1 - d[i]);
        }
        return v;
    }

    /** @return 002-Q21's discriminator objective {@code E log D(x) + E[1 - log D(G(z))]} */
    public static double discriminatorObjectiveAsWritten(double[] pData, double[] pG, double[] d) {
        double v = 0;
        for (int i = 0; i < d.length; i++) {
            v += pData[i] * Math.log(d[i]) + pG[i] * (1 - Math.log(d[i]));
        }
        return v;
    }

    /** @return {@code D*(x) = p_data(x)/(p_data(x) + p_g(x))} */
    public static double[] optimalDiscriminator(double[] pData, double[] pG) {
        double[] d = new double[pData.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = pData[i] / (pData[i] + pG[i]);
        }
        return d;
    }

    /** @return {@code JSD(p || q)} in nats */
    public static double jensenShannon(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2;
            s += 0.5 * (p[i] * Math.log(p[i] / m) + q[i] * Math.log(q[i] / m));
        }
        return s;
    }
}
