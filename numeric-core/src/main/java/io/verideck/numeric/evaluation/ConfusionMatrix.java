package io.verideck.numeric.evaluation;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The counts of a binary classifier on a test set and the measures built from them: accuracy
 * {@code (TP + TN) / N}, TPR (recall) {@code TP / (TP + FN)}, TNR {@code TN / (TN + FP)}, precision
 * {@code TP / (TP + FP)}, FPR {@code FP / (FP + TN) = 1 - TNR}, FNR {@code FN / (FN + TP) = 1 - TPR},
 * {@code F1 = 2 P R / (P + R)}, and the 0-1 loss {@code 1 - accuracy}. Reference: James et al. (2013),
 * section 4.4.3, table 4.6.
 *
 * @param tp true positives
 * @param fp false positives
 * @param tn true negatives
 * @param fn false negatives
 */
public record ConfusionMatrix(long tp, long fp, long tn, long fn) {

    /**
     * @param predicted predictions in {@code {0, 1}}, any shape
     * @param actual labels in {@code {0, 1}}, same length
     * @return the counts
     */
    public static ConfusionMatrix of(INDArray predicted, INDArray actual) {
        double[] p = predicted.dup().reshape(predicted.length()).toDoubleVector();
        double[] a = actual.dup().reshape(actual.length()).toDoubleVector();
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < p.length; i++) {
            boolean yes = p[i] > 0.5;
            boolean truth = a[i] > 0.5;
            if (yes && truth) {
                tp++;
            } else if (yes) {
                fp++;
            } else if (truth) {
                fn++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    /** @return {@code N} */
    public long total() {
        return tp + fp + tn + fn;
    }

    /** @return {@code (TP + TN) / N} */
    public double accuracy() {
        return (tp + tn) / (double) total();
    }

    /** @return the 0-1 loss, the fraction misclassified */
    public double zeroOneLoss() {
        return (fp + fn) / (double) total();
    }

    /** @return {@code TP / (TP + FN)} */
    public double truePositiveRate() {
        return tp / (double) (tp + fn);
    }

    /** @return {@code TN / (TN + FP)} */
    public double trueNegativeRate() {
        return tn / (double) (tn + fp);
    }

    /** @return {@code FP / (FP + TN)} */
    public double falsePositiveRate() {
        return fp / (double) (fp + tn);
    }

    /** @return {@code FN / (FN + TP)} */
    public double falseNegativeRate() {
        return fn / (double) (fn + tp);
    }

    /** @return {@code TP / (TP + FP)} */
    public double precision() {
        return tp / (double) (tp + fp);
    }

    /** @return {@code F1} of {@link #precision()} and {@link #truePositiveRate()} */
    public double f1() {
        return f1(precision(), truePositiveRate());
    }

    /**
     * @param precision {@code P}
     * @param recall {@code R}
     * @return {@code 2 P R / (P + R)}
     */
    public static double f1(double precision, double recall) {
        return 2 * precision * recall / (precision + recall);
    }
}
