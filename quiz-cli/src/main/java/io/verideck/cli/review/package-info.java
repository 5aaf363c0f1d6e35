/**
 * {@code verideck review}: the daily review session.
 *
 * <p>{@link io.verideck.cli.review.ReviewQueue} picks the cards (due first, then new cards up to the
 * daily limit; in cram mode every reviewed card by lowest retrievability), and
 * {@link io.verideck.cli.review.ReviewSession} runs the session over the progress store: each grade is
 * committed before the next card is shown. Two front ends drive a session: the line-based
 * {@link io.verideck.cli.review.PlainReview} (scripts, screen readers, no terminal) and the JLine
 * full-screen {@link io.verideck.cli.review.ScreenReview}, whose drawing is the pure function
 * {@link io.verideck.cli.review.ScreenLayout} so that it can be tested at any width.
 *
 * <p>With {@code --type} both front ends take a typed answer first (plain: lines up to a {@code .}
 * line; screen: the {@link io.verideck.cli.review.AnswerArea} input, which drops escape sequences as
 * they arrive), grade it with {@link io.verideck.cli.exam.TypedReview}, show the diff view and
 * pre-select the suggested rating, which the student accepts with Enter or changes with a number key.
 */
package io.verideck.cli.review;
