package io.verideck.verifier.gradcheck;

/**
 * Outcome of one gradient check.
 *
 * @param passed whether every compared entry met the tolerance
 * @param maxAbsError largest {@code |a - n|}
 * @param maxRelError largest {@code |a - n| / max(1e-8, |a|, |n|)}
 * @param compared number of entries compared
 * @param evaluations number of function evaluations (rows evaluated)
 * @param mismatch the worst failing entry, or null when passed
 */
public record GradientCheckResult(boolean passed, double maxAbsError, double maxRelError, long compared,
        long evaluations, Mismatch mismatch) {

    /**
     * One entry outside the tolerance, named the way torch names it.
     *
     * @param output output index
     * @param input input index
     * @param inputName the input's name, e.g. {@code W1[2,3]} (or {@code direction} in the
     *     random-direction mode)
     * @param analytic analytic value
     * @param numeric numeric value
     */
    public record Mismatch(long output, long input, String inputName, double analytic, double numeric) {
        /** @return a one-line description */
        public String describe() {
            return String.format("Jacobian mismatch for output %d with respect to input %d (%s): numerical %.12g, "
                    + "analytical %.12g", output, input, inputName, numeric, analytic);
        }
    }
}
