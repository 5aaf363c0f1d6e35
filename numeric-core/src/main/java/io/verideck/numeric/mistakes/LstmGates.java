package io.verideck.numeric.mistakes;

/**
 * The four affine maps of one LSTM cell step (claim K10), for input x and previous state h:
 * forget {@code f = sigma(Wf [h; x] + bf)}, input {@code i = sigma(...)}, output {@code o = sigma(...)}
 * (the three gates) and the candidate {@code g = tanh(...)}; then {@code C = f C_prev + i g} and
 * {@code h = o ⊙ tanh(C)}. Weights are {@code [4][n][n + m]} (f, i, o, g), biases {@code [4][n]}.
 */
public final class LstmGates {
    private LstmGates() {
    }

    /** @return {@code [4][n]}: f, i, o (sigmoid) and g (tanh) */
    public static double[][] maps(double[][][] w, double[][] b, double[] h, double[] x) {
        int n = h.length;
        double[][] out = new double[4][n];
        for (int k = 0; k < 4; k++) {
            for (int r = 0; r < n; r++) {
                double z = b[k][r];
                for (int j = 0; j < n; j++) {
                    z += w[k][r][j] * h[j];
                }
                for (int j = 0; j < x.length; j++) {
                    z += w[k][r][n + j] * x[j];
                }
                out[k][r] = k < 3 ? 1 / (1 + Math.exp(-z)) : Math.tanh(z);
            }
        }
        return out;
    }

    /** @return {@code C = f ⊙ C_prev + i ⊙ g} */
    public static double[] cell(double[][] maps, double[] cPrev) {
        double[] c = new double[cPrev.length];
        for (int r = 0; r < c.length; r++) {
            c[r] = maps[0][r] * cPrev[r] + maps[1][r] * maps[3][r];
        }
        return c;
    }

    /** @return {@code h = o ⊙ tanh(C)} */
    public static double[] hidden(double[] o, double[] c) {
        double[] h = new double[c.length];
        for (int r = 0; r < c.length; r++) {
            h[r] = o[r] * Math.tanh(c[r]);
        }
        return h;
    }

    /** @return 003 L10 l.6564 read literally: {@code o · tanh(C)}, a dot product (one number) */
    public static double hiddenAsWritten(double[] o, double[] c) {
        double s = 0;
        for (int r = 0; r < c.length; r++) {
            s += o[r] * Math.tanh(c[r]);
        }
        return s;
    }
}
