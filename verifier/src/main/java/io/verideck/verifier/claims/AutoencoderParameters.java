package io.verideck.verifier.claims;

import io.verideck.numeric.autoencoder.Autoencoder;
import io.verideck.numeric.autoencoder.Squash;
import io.verideck.verifier.gen.Gen;
import io.verideck.verifier.gen.TensorGen;
import io.verideck.verifier.gradcheck.ParameterLayout;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An autoencoder's parameters as one flat vector {@code (W, b, V, c)} (row-major), for the gradient
 * checker, and random autoencoders for the properties.
 *
 * @param codes {@code p}
 * @param inputs {@code d}
 * @param encoder f
 * @param decoder g
 */
record AutoencoderParameters(int codes, int inputs, Squash encoder, Squash decoder) {

    /** @return the layout {@code W [p, d], b [p], V [d, p], c [d]} */
    ParameterLayout layout() {
        return ParameterLayout.of("W", Nd4j.zeros(codes, inputs), "b", Nd4j.zeros(codes), "V", Nd4j.zeros(inputs, codes), "c",
                Nd4j.zeros(inputs));
    }

    /**
     * @param theta flat parameters
     * @return the autoencoder
     */
    Autoencoder unpack(double[] theta) {
        int p = codes;
        int d = inputs;
        double[][] w = new double[p][d];
        double[][] v = new double[d][p];
        double[] b = new double[p];
        double[] c = new double[d];
        int k = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < d; j++) {
                w[i][j] = theta[k++];
            }
        }
        for (int i = 0; i < p; i++) {
            b[i] = theta[k++];
        }
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < p; i++) {
                v[j][i] = theta[k++];
            }
        }
        for (int j = 0; j < d; j++) {
            c[j] = theta[k++];
        }
        return new Autoencoder(w, b, v, c, encoder, decoder);
    }

    /**
     * @param scale entries in {@code [-scale, scale]}
     * @return a generator of flat parameter vectors
     */
    Gen<INDArray> vectors(double scale) {
        return TensorGen.dense(-scale, scale, 2L * codes * inputs + codes + inputs);
    }
}
