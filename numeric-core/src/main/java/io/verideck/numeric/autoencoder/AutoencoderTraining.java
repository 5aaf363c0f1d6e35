package io.verideck.numeric.autoencoder;

/**
 * Full-batch gradient descent on {@code (1/n) sum_i ||t_i - g(f(x_i))||^2 + Omega}: {@code steps}
 * updates {@code theta <- theta - rate grad}. The inputs {@code x} and targets {@code t} are separate so
 * a denoising autoencoder trains on corrupted inputs against clean targets.
 *
 * @param rate step size
 * @param steps number of updates
 */
public record AutoencoderTraining(double rate, int steps) {

    /**
     * @param start initial parameters
     * @param input encoder inputs {@code [n, d]}
     * @param target reconstruction targets {@code [n, d]}
     * @param penalty regularizer
     * @return the trained autoencoder
     */
    public Autoencoder train(Autoencoder start, double[][] input, double[][] target, CodePenalty penalty) {
        Autoencoder ae = start;
        for (int t = 0; t < steps; t++) {
            ae = ae.step(ae.gradients(input, target).plus(penalty.gradients(ae, input)), rate);
        }
        return ae;
    }

    /**
     * @param p code size
     * @param d input size
     * @param scale entries uniform in {@code [-scale, scale]}
     * @param encoder f
     * @param decoder g
     * @param seed seed
     * @return a random initial autoencoder with zero biases
     */
    public static Autoencoder initial(int p, int d, double scale, Squash encoder, Squash decoder, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[][] w = new double[p][d];
        double[][] v = new double[d][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < d; j++) {
                w[i][j] = random.nextDouble(-scale, scale);
                v[j][i] = random.nextDouble(-scale, scale);
            }
        }
        return new Autoencoder(w, new double[p], v, new double[d], encoder, decoder);
    }
}
