/**
 * Statistical learning and model evaluation (catalogue section B): k-fold and leave-one-out
 * cross-validation (with the hat-matrix shortcut for least squares), the bootstrap and its
 * out-of-bag fraction, confusion-matrix measures and F1, the ROC curve and its AUC (trapezoid and
 * pairwise-ranking forms), linear separability and the perceptron (VC dimension of lines, XOR),
 * k-nearest-neighbour regression and nearest-neighbour distances, and empirical versus true risk.
 *
 * <p>All arrays are float64; every random routine takes a seed. Reference: James, Witten, Hastie and
 * Tibshirani, An Introduction to Statistical Learning (2013), chapters 2, 4 and 5; Goodfellow et al.
 * (2016), chapter 5.
 */
package io.verideck.numeric.evaluation;
