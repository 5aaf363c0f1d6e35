package io.verideck.numeric.autoencoder;

/** A regularizer {@code Omega} added to the reconstruction loss, with its hand-written gradient. */
public interface CodePenalty {
    /** No penalty. */
    CodePenalty NONE = new CodePenalty() {
        @Override
        public double value(Autoencoder ae, double[][] x) {
            return 0;
        }

        @Override
        public AutoencoderGradients gradients(Autoencoder ae, double[][] x) {
            return new AutoencoderGradients(new double[ae.codes()][ae.inputs()], new double[ae.codes()],
                    new double[ae.inputs()][ae.codes()], new double[ae.inputs()]);
        }
    };

    /**
     * @param ae the autoencoder
     * @param x encoder inputs {@code [n, d]}
     * @return the penalty, averaged over the {@code n} examples
     */
    double value(Autoencoder ae, double[][] x);

    /**
     * @param ae the autoencoder
     * @param x encoder inputs
     * @return its gradient with respect to the parameters
     */
    AutoencoderGradients gradients(Autoencoder ae, double[][] x);
}
