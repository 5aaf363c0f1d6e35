package io.verideck.numeric.pooling;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Global average pooling {@code GAP(X)[b, c] = (1/(HW)) sum_{h,w} X[b, c, h, w]}: {@code [B, C, H, W]}
 * to {@code [B, C]} for any {@code H, W}; its gradient spreads {@code D[b, c] / (HW)} over the plane
 * (Lin, Chen and Yan, "Network in network", 2014).
 */
public final class GlobalAveragePooling {
    private GlobalAveragePooling() {
    }

    /**
     * @param x {@code [B, C, H, W]}
     * @return {@code [B, C]}
     */
    public static INDArray forward(INDArray x) {
        return x.mean(2, 3);
    }

    /**
     * @param x input (for its shape)
     * @param d upstream {@code [B, C]}
     * @return {@code dL/dX [B, C, H, W]}, every entry {@code D[b, c] / (HW)}
     */
    public static INDArray backward(INDArray x, INDArray d) {
        long[] s = x.shape();
        INDArray per = d.div((double) (s[2] * s[3])).reshape(s[0], s[1], 1, 1);
        return per.broadcast(s).dup('c');
    }
}
