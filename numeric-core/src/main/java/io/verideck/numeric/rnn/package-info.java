/**
 * Recurrent networks (claims K1-K3, K5-K9, K11, K12, K14): the shared transition function
 * ({@link io.verideck.numeric.rnn.SimpleRnn}), the course's column-form RNN, output recurrence and teacher
 * forcing, gradient flow through time, delayed and leaky units, Keras parameter counts, the
 * bidirectional RNN and the echo state network; one GRU step with its hand-written backward pass, a
 * GRU run over a sequence, and the plain tanh RNN with softmax outputs ({@link io.verideck.numeric.rnn.ElmanRnn}),
 * both with backpropagation through time.
 *
 * <h2>Which GRU</h2>
 * Update gate {@code z} and reset gate {@code r} are {@code sigma(x U_g + b_ig + h W_g + b_hg)}; the
 * new state is {@code h' = z * h + (1 - z) * n}, so {@code z = 1} copies the old state (the form in
 * the course's exam answers; PyTorch uses the same orientation). Two conventions for the candidate
 * {@code n} are offered ({@link io.verideck.numeric.rnn.GruConvention}): the reset gate applied
 * <em>before</em> the recurrent product, {@code n = tanh(x U_n + b_in + (r * h) W_n + b_hn)} (Cho et
 * al. 2014, and the course's formula), or <em>after</em> it, {@code n = tanh(x U_n + b_in + r * (h W_n
 * + b_hn))} (cuDNN and PyTorch). Both keep PyTorch's two bias vectors, so a cell with input size
 * {@code d} and {@code u} units has {@code 3(d u + u u + 2u)} parameters (1,248 for 8 to 16); with the
 * two biases merged, as the course counts, {@code 3(u(u + d) + u)}.
 *
 * <p>Gate blocks are concatenated along the last axis in the order {@code z, r, n}:
 * {@code U [d, 3u]}, {@code W [u, 3u]}, {@code b_i, b_h [3u]}.
 */
package io.verideck.numeric.rnn;
