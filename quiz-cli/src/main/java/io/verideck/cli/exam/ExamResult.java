package io.verideck.cli.exam;

import io.verideck.kb.model.Card;

/**
 * One answered (or skipped) exam question.
 *
 * @param card    the card asked
 * @param kind    its question kind
 * @param answer  the cleaned answer ("" when skipped or timed out)
 * @param outcome the grading outcome
 * @param millis  time spent on the question
 */
public record ExamResult(Card card, QuestionKind kind, String answer, TypedReview.Outcome outcome, long millis) {
    /** The 0-5 grade of this question (formula verdicts can raise or cap it). */
    public int grade() {
        FormulaCheck.Verdict f = outcome.formula();
        int g = outcome.grade().suggested();
        if (f != null && f.available()) return f.accepted() ? Math.max(g, 4) : Math.min(g, 2);
        return g;
    }
}
