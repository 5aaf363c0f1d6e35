/**
 * {@code verideck stats} and {@code verideck review-log}: numbers and charts computed from the
 * review log ({@link io.verideck.cli.stats.ReviewStats}, drawn by
 * {@link io.verideck.cli.stats.TerminalCharts}), and the review log as the FSRS optimizer's CSV
 * ({@link io.verideck.cli.stats.ReviewLogCsv}).
 */
package io.verideck.cli.stats;
