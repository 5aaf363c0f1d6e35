package io.verideck.numeric.rnn;

/** Where the reset gate acts in the GRU candidate state (see the package documentation). */
public enum GruConvention {
    /** {@code n = tanh(x U_n + b_in + (r * h) W_n + b_hn)}: Cho et al. (2014), the course's form. */
    RESET_BEFORE_PRODUCT,
    /** {@code n = tanh(x U_n + b_in + r * (h W_n + b_hn))}: cuDNN and PyTorch. */
    RESET_AFTER_PRODUCT
}
