package io.verideck.numeric.mistakes;

/**
 * A real 2x2 matrix {@code [[a, b], [c, d]]}, with the spectral quantities of claims A10, J15 and K14.
 * Eigenvalues are computed only when they are real (the callers draw such matrices).
 *
 * @param a row 1 column 1
 * @param b row 1 column 2
 * @param c row 2 column 1
 * @param d row 2 column 2
 */
public record Matrix2(double a, double b, double c, double d) {

    /** @return the symmetric matrix with eigenvalues l1, l2 and eigenvector angle theta */
    public static Matrix2 symmetric(double l1, double l2, double theta) {
        double cs = Math.cos(theta);
        double sn = Math.sin(theta);
        return new Matrix2(l1 * cs * cs + l2 * sn * sn, (l1 - l2) * cs * sn, (l1 - l2) * cs * sn, l1 * sn * sn + l2 * cs * cs);
    }

    /** @return the determinant */
    public double det() {
        return a * d - b * c;
    }

    /** @return both eigenvalues, ascending; NaN when they are complex */
    public double[] eigenvalues() {
        double tr = a + d;
        double disc = tr * tr / 4 - det();
        double r = Math.sqrt(disc);
        return new double[] {tr / 2 - r, tr / 2 + r};
    }

    /** @return {@code rho(W) = max_i |lambda_i|} */
    public double spectralRadius() {
        double[] l = eigenvalues();
        return Math.max(Math.abs(l[0]), Math.abs(l[1]));
    }

    /** @return 002-Q06: "the absolute value of the highest eigenvalue", {@code |max_i lambda_i|} */
    public double spectralRadiusAsWritten() {
        return Math.abs(eigenvalues()[1]);
    }

    /** @return {@code ||W||_2}, the largest singular value */
    public double norm2() {
        Matrix2 g = transpose().times(this);
        return Math.sqrt(g.eigenvalues()[1]);
    }

    /** @return the smallest singular value */
    public double minSingular() {
        Matrix2 g = transpose().times(this);
        return Math.sqrt(Math.max(0, g.eigenvalues()[0]));
    }

    /** @return the transpose */
    public Matrix2 transpose() {
        return new Matrix2(a, c, b, d);
    }

    /** @return {@code this * o} */
    public Matrix2 times(Matrix2 o) {
        return new Matrix2(a * o.a + b * o.c, a * o.b + b * o.d, c * o.a + d * o.c, c * o.b + d * o.d);
    }

    /** @return {@code this * v} */
    public double[] times(double[] v) {
        return new double[] {a * v[0] + b * v[1], c * v[0] + d * v[1]};
    }

    /** @return the inverse */
    public Matrix2 inverse() {
        double det = det();
        return new Matrix2(d / det, -b / det, -c / det, a / det);
    }

    /** @return {@code W^k} */
    public Matrix2 power(int k) {
        Matrix2 r = new Matrix2(1, 0, 0, 1);
        for (int i = 0; i < k; i++) {
            r = r.times(this);
        }
        return r;
    }
}
