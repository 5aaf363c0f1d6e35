package io.verideck.numeric.autodiff;

import java.util.ArrayList;
import java.util.List;

/**
 * Reverse mode: every operation appends a node holding its value and its local partial derivatives
 * ({@code d(a+b)/da = 1}, {@code d(ab)/da = b}, {@code d max(a,b)/da = [a >= b]}, {@code d sin a/da =
 * cos a}, {@code d e^a/da = e^a}, {@code d(1/a)/da = -1/a^2}); {@link #backward} sweeps the tape once
 * in reverse, adding {@code adjoint(out) * partial} into each input's adjoint. One forward and one
 * backward pass give the whole gradient of {@code f: R^n -> R}. Reference: Baydin et al. (2018),
 * section 3.2; Goodfellow et al., algorithm 6.2.
 */
public final class Tape implements ScalarOps<Tape.Node> {
    private final List<Node> nodes = new ArrayList<>();

    /**
     * A recorded value.
     *
     * @param index position on the tape
     * @param value value
     * @param inputs indices of the inputs
     * @param partials local derivative with respect to each input
     */
    public record Node(int index, double value, int[] inputs, double[] partials) {
    }

    /** @param x an input value @return a leaf node */
    public Node variable(double x) {
        return push(x, new int[0], new double[0]);
    }

    private Node push(double value, int[] inputs, double[] partials) {
        Node n = new Node(nodes.size(), value, inputs, partials);
        nodes.add(n);
        return n;
    }

    @Override
    public Node constant(double c) {
        return variable(c);
    }

    @Override
    public Node add(Node a, Node b) {
        return push(a.value() + b.value(), new int[] {a.index(), b.index()}, new double[] {1, 1});
    }

    @Override
    public Node mul(Node a, Node b) {
        return push(a.value() * b.value(), new int[] {a.index(), b.index()}, new double[] {b.value(), a.value()});
    }

    @Override
    public Node max(Node a, Node b) {
        boolean first = a.value() >= b.value();
        return push(Math.max(a.value(), b.value()), new int[] {a.index(), b.index()}, new double[] {first ? 1 : 0, first ? 0 : 1});
    }

    @Override
    public Node sin(Node a) {
        return push(Math.sin(a.value()), new int[] {a.index()}, new double[] {Math.cos(a.value())});
    }

    @Override
    public Node exp(Node a) {
        double e = Math.exp(a.value());
        return push(e, new int[] {a.index()}, new double[] {e});
    }

    @Override
    public Node reciprocal(Node a) {
        return push(1 / a.value(), new int[] {a.index()}, new double[] {-1 / (a.value() * a.value())});
    }

    @Override
    public double value(Node a) {
        return a.value();
    }

    /**
     * @param output the node to differentiate
     * @param seed the upstream gradient {@code dL/d output}
     * @return the adjoint of every node, indexed like the tape
     */
    public double[] backward(Node output, double seed) {
        double[] adjoint = new double[nodes.size()];
        adjoint[output.index()] = seed;
        for (int i = output.index(); i >= 0; i--) {
            Node n = nodes.get(i);
            for (int k = 0; k < n.inputs().length; k++) {
                adjoint[n.inputs()[k]] += adjoint[i] * n.partials()[k];
            }
        }
        return adjoint;
    }
}
