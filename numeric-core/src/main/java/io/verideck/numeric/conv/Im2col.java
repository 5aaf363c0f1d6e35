package io.verideck.numeric.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The convolution as one matrix product: every receptive field is unrolled into a row of
 * {@code cols [B OH OW, C F_h F_w]}, so {@code Z = cols K_flat^T} with {@code K_flat [O, C F_h F_w]},
 * then reshaped to {@code [B, O, OH, OW]} (Chellapilla, Puri and Simard, 2006). One group only.
 */
public final class Im2col {
    private Im2col() {
    }

    /**
     * @param conv geometry (one group)
     * @param x input {@code [B, C, H, W]}
     * @return {@code [B OH OW, C F_h F_w]}, zeros where the window reads padding
     */
    public static INDArray columns(Conv2d conv, INDArray x) {
        int rows = conv.batch() * conv.outHeight() * conv.outWidth();
        int width = conv.channels() * conv.kernelH() * conv.kernelW();
        double[] xv = Conv2d.flat(x);
        double[] cols = new double[rows * width];
        int plane = conv.outHeight() * conv.outWidth();
        int filters = conv.filters();
        int perOut = conv.channels() * conv.kernelH() * conv.kernelW();
        // Visit the terms of filter 0 only: its kernel index is exactly the column index.
        conv.visit((zi, xi, ki) -> {
            if ((zi / plane) % filters == 0 && ki < perOut) {
                int b = zi / (plane * filters);
                int row = b * plane + zi % plane;
                cols[row * width + ki] = xv[xi];
            }
        });
        return Nd4j.create(cols, new long[] {rows, width}, 'c');
    }

    /**
     * @param conv geometry (one group)
     * @param x input
     * @param k kernel {@code [O, C, F_h, F_w]}
     * @return {@code [B, O, OH, OW]} computed as one matrix product
     */
    public static INDArray forward(Conv2d conv, INDArray x, INDArray k) {
        if (conv.spec().groups() != 1) {
            throw new IllegalArgumentException("im2col here handles one group");
        }
        INDArray z = columns(conv, x).mmul(k.reshape('c', conv.filters(), -1).transpose());
        return z.reshape('c', conv.batch(), conv.outHeight(), conv.outWidth(), conv.filters()).permute(0, 3, 1, 2).dup('c');
    }
}
