package io.verideck.cli.exam;

import io.verideck.cli.kb.Terminal;
import io.verideck.kb.grade.Grade;
import io.verideck.kb.grade.Grader;
import io.verideck.kb.grade.Rubric;
import io.verideck.kb.model.Card;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code verideck review --type} needs from the grader, in one call: grade a typed answer to a
 * card, render the diff view, and suggest a review rating (1 again .. 4 easy) that the student may
 * override. A typed answer to a card with a formula is also judged numerically when the verifier is
 * available.
 */
public final class TypedReview {
    /**
     * The outcome of checking one typed answer.
     *
     * @param grade           the free-text grade
     * @param formula         the formula verdict, or null when the card has no formula
     * @param suggestedRating 1 again, 2 hard, 3 good, 4 easy (pre-selected; the student may change it)
     * @param view            the diff view, ready to print
     */
    public record Outcome(Grade grade, FormulaCheck.Verdict formula, int suggestedRating, List<String> view) {
    }

    private final Grader grader;
    private final FormulaCheck formulas;

    public TypedReview() {
        this(new Grader(), new FormulaCheck());
    }

    public TypedReview(Grader grader, FormulaCheck formulas) {
        this.grader = grader;
        this.formulas = formulas;
    }

    /** Grades {@code typed} (raw; it is cleaned here) against {@code card}. */
    public Outcome check(Card card, String typed, Terminal terminal) {
        Grade g = grader.grade(Rubric.of(card), typed);
        List<String> view = new ArrayList<>(DiffView.lines(g, terminal));
        FormulaCheck.Verdict f = null;
        int rating = g.rating();
        String formulaLine = FormulaAnswer.extract(typed);
        if (card.formula() != null && formulaLine != null) {
            f = formulas.judge(card.formula(), card.variables(), formulaLine);
            view.add("Formula: " + f.message());
            if (f.available()) rating = f.accepted() ? Math.max(rating, 3) : Math.min(rating, 2);
        }
        return new Outcome(g, f, rating, view);
    }
}
