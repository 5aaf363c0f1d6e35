package io.verideck.kb.grade;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Library;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The grader against the hand-graded answer set (docs/exam.md has the rubric, docs/benchmarks.md the
 * figures). The grader's score in [0, 1] is scaled to 0-5. Cards are split in two halves by their
 * position in id order: the even half was used to choose the grader's constants, the odd half never.
 * The floors sit a little below what was measured (all r = 0.756, RMSE 1.219; held-out r = 0.704,
 * RMSE 1.323), so a change that makes grading worse fails here.
 */
class GraderEvaluationTest {
    static final double FLOOR_R_ALL = 0.72;
    static final double CEIL_RMSE_ALL = 1.30;
    static final double FLOOR_R_HELD_OUT = 0.66;
    static final double CEIL_RMSE_HELD_OUT = 1.40;

    private static List<GradedAnswers.Graded> answers;
    private static double[] machine;
    private static List<String> cards;

    @BeforeAll
    static void gradeAll() throws IOException {
        answers = GradedAnswers.load();
        Library lib = ContentLoader.builtin();
        Grader grader = new Grader();
        machine = new double[answers.size()];
        for (int i = 0; i < answers.size(); i++) {
            GradedAnswers.Graded g = answers.get(i);
            var card = lib.card(g.card()).orElseThrow(() -> new AssertionError("grading/answers.jsonl:" + g.line() + ": no card " + g.card()));
            machine[i] = 5 * grader.grade(Rubric.of(card), g.answer()).score();
        }
        cards = answers.stream().map(GradedAnswers.Graded::card).distinct().sorted().toList();
    }

    @Test
    void theSetIsBigAndVaried() {
        assertTrue(answers.size() >= 300, "at least 300 graded answers, found " + answers.size());
        Map<String, Long> kinds = new TreeMap<>();
        answers.forEach(a -> kinds.merge(a.kind(), 1L, Long::sum));
        for (String k : List.of("wrong", "partial", "paraphrase", "verbose-wrong")) {
            assertTrue(kinds.getOrDefault(k, 0L) >= 50, "kind " + k + " has " + kinds.get(k) + " answers");
        }
        for (GradedAnswers.Graded a : answers) {
            assertTrue(a.grade() >= 0 && a.grade() <= 5 && !a.reason().isBlank(), "grading/answers.jsonl:" + a.line());
        }
    }

    @Test
    void agreementOnAllAnswers() {
        Agreement a = agreement(i -> true);
        report("all", a);
        assertTrue(a.pearson() >= FLOOR_R_ALL, "Pearson r " + a.pearson() + " below the floor " + FLOOR_R_ALL);
        assertTrue(a.rmse() <= CEIL_RMSE_ALL, "RMSE " + a.rmse() + " above the ceiling " + CEIL_RMSE_ALL);
    }

    @Test
    void agreementOnTheHeldOutHalf() {
        Agreement a = agreement(i -> cards.indexOf(answers.get(i).card()) % 2 == 1);
        report("held-out", a);
        assertTrue(a.pearson() >= FLOOR_R_HELD_OUT, "held-out Pearson r " + a.pearson() + " below " + FLOOR_R_HELD_OUT);
        assertTrue(a.rmse() <= CEIL_RMSE_HELD_OUT, "held-out RMSE " + a.rmse() + " above " + CEIL_RMSE_HELD_OUT);
    }

    @Test
    void wrongAnswersScoreBelowRightOnesOnEveryKind() {
        Map<String, double[]> byKind = new TreeMap<>();
        for (int i = 0; i < answers.size(); i++) {
            byKind.computeIfAbsent(answers.get(i).kind(), k -> new double[2]);
            byKind.get(answers.get(i).kind())[0] += machine[i];
            byKind.get(answers.get(i).kind())[1]++;
        }
        double right = byKind.get("paraphrase")[0] / byKind.get("paraphrase")[1];
        double wrong = byKind.get("wrong")[0] / byKind.get("wrong")[1];
        double verbose = byKind.get("verbose-wrong")[0] / byKind.get("verbose-wrong")[1];
        double partial = byKind.get("partial")[0] / byKind.get("partial")[1];
        assertTrue(right > partial && partial > verbose && partial > wrong,
                String.format("mean machine grade: right %.2f, partial %.2f, verbose-wrong %.2f, wrong %.2f", right, partial, verbose, wrong));
    }

    private Agreement agreement(java.util.function.IntPredicate keep) {
        List<Double> h = new ArrayList<>();
        List<Double> m = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (!keep.test(i)) continue;
            h.add((double) answers.get(i).grade());
            m.add(machine[i]);
        }
        return Agreement.of(h.stream().mapToDouble(Double::doubleValue).toArray(), m.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void report(String which, Agreement a) {
        System.out.printf("grader vs hand grades (%s): n=%d, Pearson r=%.3f, RMSE=%.3f%n", which, a.n(), a.pearson(), a.rmse());
    }
}
