package io.verideck.numeric.autodiff;

/**
 * A dual number {@code v + t epsilon} with {@code epsilon^2 = 0}: the value of a trace variable and its
 * tangent {@code dw/dx} along one seed direction.
 *
 * @param value the primal value
 * @param tangent the derivative along the seed
 */
public record Dual(double value, double tangent) {
}
