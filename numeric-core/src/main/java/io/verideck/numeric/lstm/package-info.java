/**
 * The LSTM cell (claims K10, K4): gates from the concatenated {@code [h_{t-1}, x_t]} and one weight
 * matrix, the cell state update {@code C_t = f * C_{t-1} + i * C~}, and backpropagation through time
 * written out by hand. Row form: {@code [h, x] W + b}, {@code W [u + d, 4u]}, gate blocks along the
 * last axis in the order {@code f, i, C~, o}.
 */
package io.verideck.numeric.lstm;
