package io.verideck.numeric.autoencoder;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Principal component analysis of {@code X [n, d]}: centre {@code X_c = X - mean}, covariance
 * {@code Sigma = (1/n) X_c^T X_c = Q Lambda Q^T} with {@code lambda_1 >= ... >= lambda_d}, codes
 * {@code Z = X_c Q_k}, reconstruction {@code X_c Q_k Q_k^T + mean}, and mean squared reconstruction
 * error {@code (1/n) ||X_c - X_c Q_k Q_k^T||_F^2 = sum_{i>k} lambda_i}. Fitted either by the symmetric
 * eigendecomposition of {@code Sigma} (LAPACK {@code syev}) or by the SVD {@code X_c = U S V^T}
 * ({@code Q = V}, {@code lambda = s^2/n}). Jolliffe, <i>Principal Component Analysis</i> (2002).
 *
 * @param mean {@code [d]}
 * @param eigenvalues {@code [d]}, descending
 * @param components {@code Q [d, d]}, column {@code i} the {@code i}-th principal direction
 */
public record Pca(INDArray mean, INDArray eigenvalues, INDArray components) {

    /**
     * @param x {@code [n, d]}
     * @return PCA by eigendecomposition of the covariance
     */
    public static Pca byEigen(INDArray x) {
        INDArray mean = x.mean(0);
        INDArray xc = x.subRowVector(mean);
        INDArray cov = xc.transpose().mmul(xc).divi(x.rows());
        INDArray vectors = cov.dup();
        INDArray values = Eigen.symmetricGeneralizedEigenvalues(vectors, true);
        return sorted(mean, values, vectors);
    }

    /**
     * @param x {@code [n, d]}, {@code n >= d}
     * @return PCA by singular value decomposition of the centred data
     */
    public static Pca bySvd(INDArray x) {
        INDArray mean = x.mean(0);
        INDArray xc = x.subRowVector(mean).dup('f');
        int d = x.columns();
        INDArray s = Nd4j.create(DataType.DOUBLE, d);
        INDArray vt = Nd4j.create(DataType.DOUBLE, new long[] {d, d}, 'f');
        Nd4j.getBlasWrapper().lapack().gesvd(xc, s, null, vt);
        return sorted(mean, s.mul(s).divi(x.rows()), vt.transpose().dup('c'));
    }

    private static Pca sorted(INDArray mean, INDArray values, INDArray vectors) {
        int d = (int) values.length();
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values.getDouble(b), values.getDouble(a)));
        INDArray q = Nd4j.create(DataType.DOUBLE, d, d);
        INDArray l = Nd4j.create(DataType.DOUBLE, d);
        for (int i = 0; i < d; i++) {
            q.putColumn(i, vectors.getColumn(order[i]));
            l.putScalar(i, values.getDouble(order[i]));
        }
        return new Pca(mean.reshape(d), l, q);
    }

    /**
     * @param k number of components
     * @return {@code Q_k [d, k]}
     */
    public INDArray top(int k) {
        return components.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.interval(0, k)).dup();
    }

    /**
     * @param x {@code [n, d]}
     * @param k components
     * @return {@code Z = X_c Q_k [n, k]}
     */
    public INDArray codes(INDArray x, int k) {
        return x.subRowVector(mean).mmul(top(k));
    }

    /**
     * @param x {@code [n, d]}
     * @param k components
     * @return {@code X_c Q_k Q_k^T + mean}
     */
    public INDArray reconstruct(INDArray x, int k) {
        if (k == 0) {
            return Nd4j.zeros(x.dataType(), x.shape()).addRowVector(mean);
        }
        INDArray qk = top(k);
        return x.subRowVector(mean).mmul(qk).mmul(qk.transpose()).addRowVector(mean);
    }

    /**
     * @param x {@code [n, d]}
     * @param k components
     * @return {@code (1/n) ||X - reconstruct(X)||_F^2}
     */
    public double reconstructionError(INDArray x, int k) {
        INDArray e = x.sub(reconstruct(x, k));
        return e.mul(e).sumNumber().doubleValue() / x.rows();
    }

    /**
     * @param k components
     * @return {@code sum_{i>k} lambda_i}
     */
    public double tail(int k) {
        double s = 0;
        for (int i = k; i < eigenvalues.length(); i++) {
            s += eigenvalues.getDouble(i);
        }
        return s;
    }
}
