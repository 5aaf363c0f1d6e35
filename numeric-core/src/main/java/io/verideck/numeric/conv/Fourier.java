package io.verideck.numeric.conv;

/**
 * The radix-2 Cooley-Tukey fast Fourier transform {@code X(k) = sum_t x(t) e^{-2 pi i k t / n}}, and
 * its inverse with the {@code 1/n} factor. The length must be a power of two.
 */
public final class Fourier {
    private Fourier() {
    }

    /**
     * @param re real parts (power-of-two length)
     * @param im imaginary parts
     * @param inverse the inverse transform (sign {@code +} and division by {@code n})
     * @return {@code {re, im}} of the transform (new arrays)
     */
    public static double[][] transform(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        if (Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("length must be a power of two: " + n);
        }
        double[] r = re.clone();
        double[] m = im.clone();
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = r[i];
                r[i] = r[j];
                r[j] = t;
                t = m[i];
                m[i] = m[j];
                m[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = 2 * Math.PI / len * (inverse ? 1 : -1);
            for (int start = 0; start < n; start += len) {
                for (int k = 0; k < len / 2; k++) {
                    double wr = Math.cos(angle * k);
                    double wi = Math.sin(angle * k);
                    int a = start + k;
                    int b = a + len / 2;
                    double br = r[b] * wr - m[b] * wi;
                    double bi = r[b] * wi + m[b] * wr;
                    r[b] = r[a] - br;
                    m[b] = m[a] - bi;
                    r[a] += br;
                    m[a] += bi;
                }
            }
        }
        if (inverse) {
            for (int i = 0; i < n; i++) {
                r[i] /= n;
                m[i] /= n;
            }
        }
        return new double[][] {r, m};
    }
}
