package io.verideck.numeric.autodiff;

/** {@link ScalarOps} on plain doubles: evaluation without derivatives. */
public enum PlainOps implements ScalarOps<Double> {
    /** The only instance. */
    INSTANCE;

    @Override
    public Double constant(double c) {
        return c;
    }

    @Override
    public Double add(Double a, Double b) {
        return a + b;
    }

    @Override
    public Double mul(Double a, Double b) {
        return a * b;
    }

    @Override
    public Double max(Double a, Double b) {
        return Math.max(a, b);
    }

    @Override
    public Double sin(Double a) {
        return Math.sin(a);
    }

    @Override
    public Double exp(Double a) {
        return Math.exp(a);
    }

    @Override
    public Double reciprocal(Double a) {
        return 1 / a;
    }

    @Override
    public double value(Double a) {
        return a;
    }
}
