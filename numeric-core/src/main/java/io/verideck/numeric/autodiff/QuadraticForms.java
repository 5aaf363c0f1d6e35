package io.verideck.numeric.autodiff;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gradients of the squared norm and of bilinear and quadratic forms, in numerator layout (row
 * vectors for derivatives by a column vector).
 *
 * <p>{@code f = ||W x||^2} with {@code q = W x}: {@code grad_q f = 2q}, {@code grad_W f = 2 q x^T}
 * ({@code [n, m]}, the shape of W), {@code grad_x f = 2 W^T q}. Bilinear {@code y^T A x}:
 * {@code d/dx = y^T A}, {@code d/dy = x^T A^T}, {@code d/dA = y x^T}. Quadratic {@code x^T A x}:
 * {@code d/dx = x^T (A + A^T)}, which is {@code 2 x^T A} for symmetric A. Shapes: {@code W [n, m]},
 * {@code A [n, m]} for the bilinear form ({@code [n, n]} for the quadratic), x and y columns.
 * Reference: Petersen and Pedersen, <i>The Matrix Cookbook</i> (2012), eq. 69 to 81; cs231n
 * "Vectorized example".
 */
public final class QuadraticForms {
    private QuadraticForms() {
    }

    /** @param w {@code [n, m]} @param x {@code [m, B]} @return {@code ||W x_b||^2} per column, {@code [B]} */
    public static INDArray squaredNorm(INDArray w, INDArray x) {
        INDArray q = w.mmul(x);
        return q.mul(q).sum(0);
    }

    /** @param w {@code [n, m]} @param x {@code [m, 1]} @return {@code grad_W ||Wx||^2 = 2 (W x) x^T} */
    public static INDArray squaredNormGradW(INDArray w, INDArray x) {
        return w.mmul(x).mmul(x.transpose()).muli(2.0);
    }

    /** @param w {@code [n, m]} @param x {@code [m, 1]} @return {@code grad_x ||Wx||^2 = 2 W^T W x} */
    public static INDArray squaredNormGradX(INDArray w, INDArray x) {
        return w.transpose().mmul(w.mmul(x)).muli(2.0);
    }

    /** @param y {@code [n, 1]} @param a {@code [n, m]} @param x {@code [m, 1]} @return {@code y^T A x} */
    public static double bilinear(INDArray y, INDArray a, INDArray x) {
        return y.transpose().mmul(a).mmul(x).getDouble(0);
    }

    /** @param y {@code [n, 1]} @param a {@code [n, m]} @return {@code d(y^T A x)/dx = y^T A}, a row {@code [1, m]} */
    public static INDArray bilinearGradX(INDArray y, INDArray a) {
        return y.transpose().mmul(a);
    }

    /** @param x {@code [m, 1]} @param a {@code [n, m]} @return {@code d(y^T A x)/dy = x^T A^T}, a row {@code [1, n]} */
    public static INDArray bilinearGradY(INDArray x, INDArray a) {
        return x.transpose().mmul(a.transpose());
    }

    /** @param y {@code [n, 1]} @param x {@code [m, 1]} @return {@code d(y^T A x)/dA = y x^T} */
    public static INDArray bilinearGradA(INDArray y, INDArray x) {
        return y.mmul(x.transpose());
    }

    /** @param x {@code [n, 1]} @param a {@code [n, n]} @return {@code d(x^T A x)/dx = x^T (A + A^T)}, a row */
    public static INDArray quadraticGradX(INDArray x, INDArray a) {
        return x.transpose().mmul(a.add(a.transpose()));
    }
}
