package io.verideck.numeric.linalg;

/**
 * All complex roots of a monic polynomial by the Durand-Kerner (Weierstrass) iteration
 * {@code z_i <- z_i - p(z_i) / prod_{j != i} (z_i - z_j)}, started on a circle of radius
 * {@code 1 + max |c_k|} (Cauchy's bound). Applied to a characteristic polynomial it gives the complex
 * eigenvalues of a general real matrix. Reference: Kerner, Numerische Mathematik 8 (1966).
 *
 * @param re real parts
 * @param im imaginary parts
 */
public record PolynomialRoots(double[] re, double[] im) {

    /**
     * @param re real parts
     * @param im imaginary parts
     */
    public PolynomialRoots {
        re = re.clone();
        im = im.clone();
    }

    /**
     * @param coefficients {@code (1, c_{n-1}, ..., c_0)}, highest power first
     * @return the {@code n} roots
     */
    public static PolynomialRoots of(double[] coefficients) {
        int n = coefficients.length - 1;
        double bound = 1;
        for (int k = 1; k <= n; k++) {
            bound = Math.max(bound, 1 + Math.abs(coefficients[k]));
        }
        double[] zr = new double[n];
        double[] zi = new double[n];
        for (int i = 0; i < n; i++) {
            double phase = 2 * Math.PI * i / n + 0.4;
            zr[i] = bound * Math.cos(phase);
            zi[i] = bound * Math.sin(phase);
        }
        for (int iter = 0; iter < 2000; iter++) {
            double change = 0;
            for (int i = 0; i < n; i++) {
                double pr = 1;
                double pi = 0;
                for (int k = 1; k <= n; k++) {
                    double t = pr * zr[i] - pi * zi[i] + coefficients[k];
                    pi = pr * zi[i] + pi * zr[i];
                    pr = t;
                }
                double dr = 1;
                double di = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        double ar = zr[i] - zr[j];
                        double ai = zi[i] - zi[j];
                        double t = dr * ar - di * ai;
                        di = dr * ai + di * ar;
                        dr = t;
                    }
                }
                double den = dr * dr + di * di;
                double qr = (pr * dr + pi * di) / den;
                double qi = (pi * dr - pr * di) / den;
                zr[i] -= qr;
                zi[i] -= qi;
                change = Math.max(change, Math.hypot(qr, qi));
            }
            if (change <= 1e-16 * bound) {
                break;
            }
        }
        return new PolynomialRoots(zr, zi);
    }

    /** @return the number of roots */
    public int count() {
        return re.length;
    }

    /** @return the product of the roots, {@code {re, im}} */
    public double[] product() {
        double pr = 1;
        double pi = 0;
        for (int i = 0; i < re.length; i++) {
            double t = pr * re[i] - pi * im[i];
            pi = pr * im[i] + pi * re[i];
            pr = t;
        }
        return new double[] {pr, pi};
    }
}
