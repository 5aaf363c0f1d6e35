package io.verideck.numeric.regularization;

import io.verideck.numeric.activation.Sigmoid;
import io.verideck.numeric.activation.Softplus;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The fast gradient sign method {@code x' = x + eps sign(grad_x J(theta, x, y))}: the maximizer of the
 * linearized loss over the box {@code ||eta||_inf <= eps}, raising it by {@code eps ||grad_x J||_1}.
 * For logistic regression {@code J = softplus((1 - 2y) (w^T x + b))} (binary cross-entropy of the
 * logit), {@code grad_x J = (sigma(w^T x + b) - y) w}. Shapes: {@code x [B, d]}, {@code w [d]},
 * labels {@code y [B]} in {0, 1}. Reference: Goodfellow, Shlens and Szegedy (2015), eq. 1 to 3;
 * Goodfellow et al., <i>Deep Learning</i>, section 7.13.
 */
public final class Fgsm {
    private Fgsm() {
    }

    /** @param x inputs @param gradient {@code grad_x J}, same shape @param eps budget @return {@code x + eps sign(gradient)} */
    public static INDArray perturb(INDArray x, INDArray gradient, double eps) {
        return x.add(Transforms.sign(gradient, true).muli(eps));
    }

    /** @param x {@code [B, d]} @param w {@code [d]} @param b bias @return logits {@code [B]} */
    public static INDArray logits(INDArray x, INDArray w, double b) {
        return x.mmul(w.reshape(w.length(), 1)).addi(b).reshape(x.size(0));
    }

    /** @param x {@code [B, d]} @param y {@code [B]} @param w {@code [d]} @param b bias @return per-example loss {@code [B]} */
    public static INDArray logisticLoss(INDArray x, INDArray y, INDArray w, double b) {
        return Softplus.value(logits(x, w, b).muli(y.mul(-2.0).addi(1.0)));
    }

    /** @param x {@code [B, d]} @param y {@code [B]} @param w {@code [d]} @param b bias @return {@code grad_x J = (sigma - y) w^T}, {@code [B, d]} */
    public static INDArray logisticInputGradient(INDArray x, INDArray y, INDArray w, double b) {
        INDArray residual = Sigmoid.value(logits(x, w, b)).subi(y).reshape(x.size(0), 1);
        return residual.mmul(w.reshape(1, w.length()));
    }

    /**
     * Logistic regression by full-batch gradient descent, optionally on the data plus its FGSM
     * perturbation (recomputed every step: adversarial training).
     *
     * @param x inputs {@code [B, d]}
     * @param y labels {@code [B]}
     * @param eps FGSM budget; 0 for plain training
     * @param rate step size
     * @param steps steps
     * @return weights followed by the bias, {@code [d + 1]}
     */
    public static INDArray trainLogistic(INDArray x, INDArray y, double eps, double rate, int steps) {
        long d = x.size(1);
        INDArray w = org.nd4j.linalg.factory.Nd4j.zeros(x.dataType(), d);
        double b = 0;
        for (int s = 0; s < steps; s++) {
            INDArray data = x;
            INDArray labels = y;
            if (eps > 0) {
                data = org.nd4j.linalg.factory.Nd4j.vstack(x, perturb(x, logisticInputGradient(x, y, w, b), eps));
                labels = org.nd4j.linalg.factory.Nd4j.concat(0, y, y);
            }
            // ND4J's one-op sigmoid: the logits here are moderate and the loop runs many steps
            INDArray residual = Transforms.sigmoid(logits(data, w, b), false).subi(labels);
            w.subi(data.transpose().mmul(residual.reshape(residual.length(), 1)).reshape(d).muli(rate / data.size(0)));
            b -= rate * residual.meanNumber().doubleValue();
        }
        return org.nd4j.linalg.factory.Nd4j.concat(0, w, org.nd4j.linalg.factory.Nd4j.createFromArray(b));
    }
}
