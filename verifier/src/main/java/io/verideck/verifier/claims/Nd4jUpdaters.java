package io.verideck.verifier.claims;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * ND4J's own updaters ({@code Adam}, {@code RmsProp}, {@code AdaGrad}, {@code Nesterovs}) as an
 * independent oracle for the hand-written update rules.
 */
final class Nd4jUpdaters {
    private Nd4jUpdaters() {
    }

    /**
     * @param config the ND4J updater configuration
     * @param gradients one gradient per row {@code [T, n]}
     * @return the parameter change {@code Delta theta} of every step, rows {@code [T, n]}
     */
    static INDArray updates(IUpdater config, INDArray gradients) {
        int n = (int) gradients.columns();
        long size = config.stateSize(n);
        INDArray state = Nd4j.zeros(DataType.DOUBLE, 1, Math.max(size, 1));
        GradientUpdater<?> updater = config.instantiate(size == 0 ? null : state, true);
        List<INDArray> rows = new ArrayList<>();
        for (int k = 0; k < gradients.rows(); k++) {
            INDArray g = gradients.getRow(k).dup().reshape(1, n);
            updater.applyUpdater(g, k, 0);
            rows.add(g.neg());
        }
        return Nd4j.vstack(rows.toArray(new INDArray[0]));
    }
}
