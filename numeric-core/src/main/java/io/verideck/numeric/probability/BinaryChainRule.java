package io.verideck.numeric.probability;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The chain rule {@code P(x_1, ..., x_n) = P(x_1) prod_{i >= 2} P(x_i | x_1, ..., x_{i-1})} over
 * {@code n} binary variables, and what it costs to store: a full joint table has {@code 2^n - 1} free
 * parameters, a Markov chain {@code P(x_1) prod P(x_i | x_{i-1})} has {@code 1 + 2(n - 1) = 2n - 1},
 * and a logistic conditional {@code sigma(a_1 x_1 + ... + a_k x_k)} has one weight per parent.
 *
 * <p>A joint is a vector {@code [2^n]} indexed by the state's bits with {@code x_1} the most
 * significant bit. Conditional {@code i} (zero-based) is a vector {@code [2^i]}: the probability that
 * {@code x_{i+1} = 1} given each assignment of the earlier variables. Reference: Goodfellow et al.
 * (2016), sections 3.6 and 16.2; Koller and Friedman (2009), chapter 3.
 */
public final class BinaryChainRule {
    private BinaryChainRule() {
    }

    /**
     * @param n variables
     * @return {@code 2^n - 1}
     */
    public static double fullTableParameters(double n) {
        return Math.pow(2, n) - 1;
    }

    /**
     * @param n variables, at least 1
     * @return {@code 2n - 1}
     */
    public static long markovChainParameters(int n) {
        return 1 + 2L * (n - 1);
    }

    /**
     * @param parents parents of the variable
     * @return one weight per parent (no bias, as in the lecture)
     */
    public static long logisticConditionalParameters(int parents) {
        return parents;
    }

    /**
     * @param n number of chain-rule conditionals
     * @return the total entries of the chain-rule tables, {@code 1 + 2 + ... + 2^(n-1)}
     */
    public static long chainRuleTableEntries(int n) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += 1L << i;
        }
        return total;
    }

    /**
     * @param joint {@code [2^n]}, positive, summing to 1
     * @return the conditionals {@code P(x_{i+1} = 1 | x_1..x_i)}, {@code [2^i]} for {@code i = 0..n-1}
     */
    public static INDArray[] conditionals(INDArray joint) {
        int n = Integer.numberOfTrailingZeros((int) joint.length());
        INDArray[] out = new INDArray[n];
        for (int i = 0; i < n; i++) {
            // marginal over the first i + 1 variables: [2^i, 2] after summing the later bits
            INDArray prefix = joint.reshape('c', 1L << (i + 1), 1L << (n - i - 1)).sum(1).reshape('c', 1L << i, 2);
            out[i] = prefix.getColumn(1).reshape(1L << i).div(prefix.sum(1).reshape(1L << i));
        }
        return out;
    }

    /**
     * @param conditionals as returned by {@link #conditionals}
     * @return the joint {@code [2^n]} as the product of the conditionals
     */
    public static INDArray product(INDArray[] conditionals) {
        int n = conditionals.length;
        double[] joint = new double[1 << n];
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            c[i] = conditionals[i].toDoubleVector();
        }
        for (int state = 0; state < joint.length; state++) {
            double p = 1;
            for (int i = 0; i < n; i++) {
                int prefix = state >>> (n - i);
                int bit = (state >>> (n - i - 1)) & 1;
                double one = c[i][prefix];
                p *= bit == 1 ? one : 1 - one;
            }
            joint[state] = p;
        }
        return Nd4j.createFromArray(joint);
    }

    /**
     * @param n variables
     * @param first {@code P(x_1 = 1)}
     * @param afterZero {@code P(x_i = 1 | x_{i-1} = 0)}
     * @param afterOne {@code P(x_i = 1 | x_{i-1} = 1)}
     * @return the Markov-chain joint over all {@code 2^n} states
     */
    public static INDArray markovChain(int n, double first, double afterZero, double afterOne) {
        INDArray[] c = new INDArray[n];
        c[0] = Nd4j.createFromArray(first);
        for (int i = 1; i < n; i++) {
            double[] t = new double[1 << i];
            for (int prefix = 0; prefix < t.length; prefix++) {
                t[prefix] = (prefix & 1) == 1 ? afterOne : afterZero;
            }
            c[i] = Nd4j.createFromArray(t);
        }
        return product(c);
    }
}
