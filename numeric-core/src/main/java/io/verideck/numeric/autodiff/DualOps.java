package io.verideck.numeric.autodiff;

/**
 * Forward-mode rules on {@link Dual} numbers: {@code (a b)' = a' b + a b'}, {@code (sin a)' = cos(a) a'},
 * {@code (e^a)' = e^a a'}, {@code (1/a)' = -a'/a^2}, {@code max} takes the tangent of the larger input.
 * One evaluation with seed {@code e_i} gives {@code df/dx_i}: a full gradient of {@code f: R^n -> R}
 * takes n passes. Reference: Baydin et al. (2018), section 3.1.
 */
public enum DualOps implements ScalarOps<Dual> {
    /** The only instance. */
    INSTANCE;

    @Override
    public Dual constant(double c) {
        return new Dual(c, 0);
    }

    @Override
    public Dual add(Dual a, Dual b) {
        return new Dual(a.value() + b.value(), a.tangent() + b.tangent());
    }

    @Override
    public Dual mul(Dual a, Dual b) {
        return new Dual(a.value() * b.value(), b.value() * a.tangent() + a.value() * b.tangent());
    }

    @Override
    public Dual max(Dual a, Dual b) {
        return a.value() >= b.value() ? a : b;
    }

    @Override
    public Dual sin(Dual a) {
        return new Dual(Math.sin(a.value()), Math.cos(a.value()) * a.tangent());
    }

    @Override
    public Dual exp(Dual a) {
        double e = Math.exp(a.value());
        return new Dual(e, e * a.tangent());
    }

    @Override
    public Dual reciprocal(Dual a) {
        return new Dual(1 / a.value(), -a.tangent() / (a.value() * a.value()));
    }

    @Override
    public double value(Dual a) {
        return a.value();
    }
}
