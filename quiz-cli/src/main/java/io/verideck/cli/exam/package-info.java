/**
 * {@code verideck exam} and {@code verideck grade}: mock exams with typed answers graded by
 * {@link io.verideck.kb.grade.Grader}, the diff-like view of a grade, the JSON-lines batch grader, and
 * the pieces {@code verideck review --type} reuses ({@link io.verideck.cli.exam.TypedReview}).
 *
 * <p>Typed formulas are judged by the verifier's {@code FormulaJudge}, which is only on the run-time
 * class path: {@link io.verideck.cli.exam.FormulaCheck} loads it by name and degrades to "formula
 * checking unavailable". Everything a student typed is cleaned by
 * {@link io.verideck.kb.grade.TypedAnswer} before it is graded or printed.
 */
package io.verideck.cli.exam;
