package io.verideck.numeric.autodiff;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The functions of {@link QuadraticForms} and {@link TanhLayerMap} built as SameDiff graphs and
 * differentiated by ND4J's own reverse mode: an oracle independent of the hand-written gradients.
 */
public final class SameDiffOracle {
    private SameDiffOracle() {
    }

    /**
     * @param w {@code [n, m]}
     * @param x {@code [m, 1]}
     * @return {@code {grad_W, grad_x}} of {@code ||W x||^2}
     */
    public static INDArray[] squaredNormGradients(INDArray w, INDArray x) {
        SameDiff sd = SameDiff.create();
        SDVariable wv = sd.var("W", w.dup());
        SDVariable xv = sd.var("x", x.dup());
        sd.math().square(wv.mmul(xv)).sum().rename("f");
        sd.setLossVariables("f");
        Map<String, INDArray> g = io.verideck.numeric.SameDiffQuiet.call(() -> sd.calculateGradients(new HashMap<>(), "W", "x"));
        return new INDArray[] {g.get("W"), g.get("x")};
    }

    /**
     * @param map {@code y = tanh(A x + c)}
     * @param x point {@code [m]}
     * @return {@code grad_x} of {@code z = ||y||^2 / 2}, {@code [m]}
     */
    public static INDArray halfSquaredNormInputGradient(TanhLayerMap map, INDArray x) {
        SameDiff sd = SameDiff.create();
        SDVariable xv = sd.var("x", x.dup().reshape(x.length(), 1));
        SDVariable a = sd.constant("A", map.a().dup());
        SDVariable c = sd.constant("c", map.c().dup().reshape(map.c().length(), 1));
        SDVariable y = sd.math().tanh(a.mmul(xv).add(c));
        sd.math().square(y).sum().mul(0.5).rename("z");
        sd.setLossVariables("z");
        Map<String, INDArray> g = io.verideck.numeric.SameDiffQuiet.call(() -> sd.calculateGradients(new HashMap<>(), "x"));
        return g.get("x").reshape(x.length());
    }

}
