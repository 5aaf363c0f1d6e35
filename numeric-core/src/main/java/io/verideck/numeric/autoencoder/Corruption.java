package io.verideck.numeric.autoencoder;

import java.util.SplittableRandom;

/**
 * Corruption processes {@code C(x~ | x)} of a denoising autoencoder: masking noise sets each entry
 * to 0 independently with probability {@code q}; Gaussian corruption adds {@code N(0, sigma^2)}
 * noise. The training pair is (corrupted input, clean target). Vincent et al., "Extracting and
 * composing robust features with denoising autoencoders" (ICML 2008).
 */
public final class Corruption {
    private Corruption() {
    }

    /**
     * @param x clean data {@code [n, d]}
     * @param q masking rate in {@code [0, 1]}
     * @param seed seed
     * @return a copy with each entry zeroed with probability {@code q}
     */
    public static double[][] mask(double[][] x, double q, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = Dense.copy(x);
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                if (random.nextDouble() < q) {
                    row[j] = 0;
                }
            }
        }
        return out;
    }

    /**
     * @param x clean data {@code [n, d]}
     * @param sigma noise standard deviation
     * @param seed seed
     * @return {@code x + sigma eps}, {@code eps ~ N(0, I)}
     */
    public static double[][] gaussian(double[][] x, double sigma, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = Dense.copy(x);
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] += sigma * gaussianDraw(random);
            }
        }
        return out;
    }

    /**
     * @param x clean data
     * @param corrupted the corrupted copy of {@code x}
     * @return the training pair: input the corrupted data, target the clean data
     */
    public static DenoisingPair pair(double[][] x, double[][] corrupted) {
        return new DenoisingPair(corrupted, x);
    }

    static double gaussianDraw(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /**
     * What a denoising autoencoder is trained on.
     *
     * @param input the corrupted {@code x~}, fed to the encoder
     * @param target the clean {@code x}, compared with the reconstruction
     */
    public record DenoisingPair(double[][] input, double[][] target) {
    }
}
