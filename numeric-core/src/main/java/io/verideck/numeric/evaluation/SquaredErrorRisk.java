package io.verideck.numeric.evaluation;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Risk under the squared loss. The empirical risk is {@code R_emp(h) = (1/n) sum (h(x_i) - y_i)^2},
 * the mean loss under the empirical distribution; the true risk {@code R(h) = E (h(X) - Y)^2} is the
 * expectation under the data distribution. For {@code Y = f(X) + eps}, {@code Var eps = sigma^2}, the
 * risk at a point decomposes as {@code E[(Y - c)^2 | X = x] = (f(x) - c)^2 + sigma^2}, so the
 * regression function {@code f(x) = E[Y | X = x]} attains the Bayes error {@code sigma^2}. Closed forms
 * are given for the two data models the claims simulate. Reference: James et al. (2013), equation
 * 2.3; Goodfellow et al. (2016), section 8.1.1.
 */
public final class SquaredErrorRisk {
    private SquaredErrorRisk() {
    }

    /**
     * @param predictions {@code h(x_i)}, any shape
     * @param targets {@code y_i}, same length
     * @return {@code (1/n) sum (h(x_i) - y_i)^2}
     */
    public static double empirical(INDArray predictions, INDArray targets) {
        INDArray d = predictions.sub(targets);
        return d.muli(d).meanNumber().doubleValue();
    }

    /**
     * @param predictions {@code h(x_i)}
     * @param targets {@code y_i}
     * @return the standard error of {@link #empirical}: the sample standard deviation of the losses over
     *     {@code sqrt(n)}
     */
    public static double standardError(INDArray predictions, INDArray targets) {
        INDArray d = predictions.sub(targets);
        return d.muli(d).stdNumber().doubleValue() / Math.sqrt(predictions.length());
    }

    /**
     * @param f {@code f(x) = E[Y | X = x]}
     * @param c constant prediction
     * @param noiseVariance {@code sigma^2}
     * @return {@code (f - c)^2 + sigma^2}
     */
    public static double atPoint(double f, double c, double noiseVariance) {
        return (f - c) * (f - c) + noiseVariance;
    }

    /**
     * True risk of {@code h(x) = c x + d} when {@code X ~ U[0, 1]} and {@code Y = a X + b + eps}:
     * {@code E[((a - c) X + (b - d))^2] + sigma^2 = (a - c)^2 / 3 + (a - c)(b - d) + (b - d)^2 + sigma^2}.
     *
     * @param a true slope
     * @param b true intercept
     * @param c model slope
     * @param d model intercept
     * @param noiseVariance {@code sigma^2}
     * @return {@code R(h)}
     */
    public static double linearOnUniform(double a, double b, double c, double d, double noiseVariance) {
        double s = a - c;
        double t = b - d;
        return s * s / 3 + s * t + t * t + noiseVariance;
    }

    /**
     * True risk of {@code h(x) = theta_hat^T x} when {@code X ~ N(0, I)} and
     * {@code Y = theta^T X + eps}: {@code ||theta_hat - theta||^2 + sigma^2}.
     *
     * @param thetaHat fitted coefficients
     * @param theta true coefficients, same shape
     * @param noiseVariance {@code sigma^2}
     * @return {@code R(h)}
     */
    public static double linearOnStandardNormal(INDArray thetaHat, INDArray theta, double noiseVariance) {
        INDArray d = thetaHat.sub(theta);
        return d.muli(d).sumNumber().doubleValue() + noiseVariance;
    }

    /**
     * {@link #linearOnStandardNormal(INDArray, INDArray, double)} on plain arrays.
     *
     * @param thetaHat fitted coefficients
     * @param theta true coefficients, same length
     * @param noiseVariance {@code sigma^2}
     * @return {@code ||theta_hat - theta||^2 + sigma^2}
     */
    public static double linearOnStandardNormal(double[] thetaHat, double[] theta, double noiseVariance) {
        double s = noiseVariance;
        for (int i = 0; i < theta.length; i++) {
            s += (thetaHat[i] - theta[i]) * (thetaHat[i] - theta[i]);
        }
        return s;
    }
}
