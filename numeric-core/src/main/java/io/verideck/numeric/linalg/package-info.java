/**
 * Linear-algebra foundations (catalogue section A, claims A1 to A10), written out by hand so that
 * ND4J's own routines ({@code mmul}, {@code Nd4j.linalg()}, {@code Eigen}) can serve as independent
 * oracles: the matrix product as a triple loop, determinants (2x2, Sarrus, cofactor expansion, LU),
 * Gaussian elimination with the row operations of the lecture's worked example, vector and matrix
 * norms with their gradients, the angle between vectors, Householder QR, eigenvalues (Jacobi for
 * symmetric matrices, characteristic polynomial and its complex roots for general ones), matrix
 * powers, definiteness, and the condition number's effect on gradient descent.
 *
 * <p>Every array is float64. Matrices are {@code [n, n]} or {@code [m, n]}, vectors are rank-1
 * {@code [n]} unless a method says otherwise. Reference: Goodfellow, Bengio and Courville, Deep
 * Learning (2016), chapter 2, and Golub and Van Loan, Matrix Computations (4th ed.).
 */
package io.verideck.numeric.linalg;
