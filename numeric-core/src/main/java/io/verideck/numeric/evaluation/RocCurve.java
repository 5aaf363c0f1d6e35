package io.verideck.numeric.evaluation;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ROC curve of scores {@code s} against binary labels: predict 1 iff {@code s >= t}; as {@code t}
 * falls through the distinct scores, {@code (FPR, TPR)} walks from {@code (0, 0)} to {@code (1, 1)}
 * (tied scores move diagonally). The AUC is the trapezoid area under it, which equals the
 * pairwise-ranking form {@code P(s_+ > s_-) + (1/2) P(s_+ = s_-)} (Mann-Whitney). Reference: Fawcett,
 * An introduction to ROC analysis, Pattern Recognition Letters 27 (2006).
 *
 * @param fpr false-positive rates, non-decreasing, from 0 to 1
 * @param tpr true-positive rates, non-decreasing, from 0 to 1
 */
public record RocCurve(double[] fpr, double[] tpr) {

    /**
     * @param fpr x coordinates
     * @param tpr y coordinates
     */
    public RocCurve {
        fpr = fpr.clone();
        tpr = tpr.clone();
    }

    /**
     * @param scores {@code [n]}
     * @param labels {@code [n]} in {@code {0, 1}}, both classes present
     * @return the curve, one point per distinct score plus {@code (0, 0)}
     */
    public static RocCurve of(INDArray scores, INDArray labels) {
        double[] s = scores.toDoubleVector();
        double[] y = labels.toDoubleVector();
        // sort each class's scores (primitive sorts), then merge from the top, one point per distinct score
        double[] pos = java.util.stream.IntStream.range(0, s.length).filter(i -> y[i] > 0.5).mapToDouble(i -> s[i]).toArray();
        double[] neg = java.util.stream.IntStream.range(0, s.length).filter(i -> y[i] <= 0.5).mapToDouble(i -> s[i]).toArray();
        Arrays.sort(pos);
        Arrays.sort(neg);
        double[] fx = new double[s.length + 1];
        double[] ty = new double[s.length + 1];
        int points = 1;
        int p = pos.length - 1;
        int q = neg.length - 1;
        while (p >= 0 || q >= 0) {
            double t = Math.max(p >= 0 ? pos[p] : Double.NEGATIVE_INFINITY, q >= 0 ? neg[q] : Double.NEGATIVE_INFINITY);
            while (p >= 0 && pos[p] == t) {
                p--;
            }
            while (q >= 0 && neg[q] == t) {
                q--;
            }
            fx[points] = (neg.length - 1 - q) / (double) neg.length;
            ty[points] = (pos.length - 1 - p) / (double) pos.length;
            points++;
        }
        return new RocCurve(Arrays.copyOf(fx, points), Arrays.copyOf(ty, points));
    }

    /** @return the trapezoid area under the curve */
    public double auc() {
        double area = 0;
        for (int i = 1; i < fpr.length; i++) {
            area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
        }
        return area;
    }

    /**
     * The pairwise-ranking AUC, all positive-negative pairs compared in one broadcast op.
     *
     * @param scores {@code [n]}
     * @param labels {@code [n]} in {@code {0, 1}}
     * @return {@code P(s_+ > s_-) + (1/2) P(s_+ = s_-)}
     */
    public static double pairwiseAuc(INDArray scores, INDArray labels) {
        double[] s = scores.toDoubleVector();
        double[] y = labels.toDoubleVector();
        double[] pos = java.util.stream.IntStream.range(0, s.length).filter(i -> y[i] > 0.5).mapToDouble(i -> s[i]).toArray();
        double[] neg = java.util.stream.IntStream.range(0, s.length).filter(i -> y[i] <= 0.5).mapToDouble(i -> s[i]).toArray();
        INDArray p = Nd4j.createFromArray(pos).reshape(pos.length, 1).repeat(1, neg.length);
        INDArray n = Nd4j.createFromArray(neg).reshape(1, neg.length).repeat(0, pos.length);
        INDArray wins = p.gt(n).castTo(p.dataType()).addi(p.eq(n).castTo(p.dataType()).muli(0.5));
        return wins.meanNumber().doubleValue();
    }
}
