package io.verideck.numeric.gan;

import java.util.SplittableRandom;

/**
 * The GAN value function for one-dimensional Gaussians and a logistic discriminator.
 *
 * <p>{@code p_data = N(dataMean, dataSd^2)}, {@code p_g = N(genMean, genSd^2)}, {@code D(x) =
 * sigmoid(slope x + bias)}; {@code V = E_{p_data} log D(x) + E_{p_g} log(1 - D(x))}, with
 * {@code log D = -softplus(-a)} and {@code log(1 - D) = -softplus(a)} for {@code a = slope x + bias}.
 * Two independent estimates: composite Simpson quadrature over {@code mean +- 12 sd} and a seeded Monte
 * Carlo average. Reference: Goodfellow et al. (2014), equation 1.
 *
 * @param dataMean mean of the data
 * @param dataSd standard deviation of the data, {@code > 0}
 * @param genMean mean of the generator
 * @param genSd standard deviation of the generator, {@code > 0}
 * @param slope discriminator slope
 * @param bias discriminator bias
 */
public record GaussianGame(double dataMean, double dataSd, double genMean, double genSd, double slope, double bias) {

    /**
     * @param intervals number of Simpson intervals per expectation (made even)
     * @return {@code V} by quadrature
     */
    public double valueByQuadrature(int intervals) {
        return expectation(dataMean, dataSd, intervals, true) + expectation(genMean, genSd, intervals, false);
    }

    /**
     * @param samples number of samples from each distribution
     * @param seed the source
     * @return {@code V} by Monte Carlo and its standard error
     */
    public Estimate valueByMonteCarlo(int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < samples; i++) {
            double real = logD(dataMean + dataSd * random.nextGaussian(), true);
            double fake = logD(genMean + genSd * random.nextGaussian(), false);
            double term = real + fake;
            sum += term;
            sumSq += term * term;
        }
        double mean = sum / samples;
        double variance = Math.max(0, sumSq / samples - mean * mean);
        return new Estimate(mean, Math.sqrt(variance / samples));
    }

    private double expectation(double mean, double sd, int intervals, boolean real) {
        int m = intervals + (intervals % 2);
        double lo = mean - 12 * sd;
        double h = 24 * sd / m;
        double total = 0;
        for (int i = 0; i <= m; i++) {
            double x = lo + i * h;
            double z = (x - mean) / sd;
            double density = Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
            double weight = i == 0 || i == m ? 1 : (i % 2 == 1 ? 4 : 2);
            total += weight * density * logD(x, real);
        }
        return total * h / 3;
    }

    private double logD(double x, boolean real) {
        double a = slope * x + bias;
        return real ? -softplus(-a) : -softplus(a);
    }

    private static double softplus(double a) {
        return Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
    }

    /**
     * A Monte Carlo estimate.
     *
     * @param mean the sample mean
     * @param standardError its standard error
     */
    public record Estimate(double mean, double standardError) {
    }
}
