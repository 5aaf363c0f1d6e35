package io.verideck.verifier.formula;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Decides whether a typed formula equals an answer formula the way WeBWorK and STACK grade mathematics:
 * both are evaluated at random points of the declared domains and compared with a relative and an
 * absolute tolerance. Points where either side is undefined are skipped and counted. Pure Java, no
 * native code: exam mode calls it directly.
 *
 * <p>Usage: {@code FormulaJudge.judge("sigmoid(x)", "x scalar", "e^x/(1+e^x)", 42).accepted()}.
 */
public final class FormulaJudge {
    private FormulaJudge() {
    }

    /**
     * How a judgement is made.
     *
     * @param points            defined points to compare (more are drawn while some are skipped, up to 4x)
     * @param relativeTolerance allowed difference relative to the larger magnitude
     * @param absoluteTolerance allowed difference near zero
     * @param minDefined        fewest defined points for a judgement
     */
    public record Options(int points, double relativeTolerance, double absoluteTolerance, int minDefined) {
        /** 40 points, relative 1e-6, absolute 1e-9, at least 10 defined points. */
        public static final Options DEFAULT = new Options(40, 1e-6, 1e-9, 10);

        /** Whether {@code a} and {@code b} agree within the tolerances. */
        public boolean close(double a, double b) {
            return Math.abs(a - b) <= absoluteTolerance + relativeTolerance * Math.max(Math.abs(a), Math.abs(b));
        }
    }

    /** {@link #judge(String, String, String, long, Options)} with {@link Options#DEFAULT}. */
    public static Verdict judge(String reference, String variables, String typed, long seed) {
        return judge(reference, variables, typed, seed, Options.DEFAULT);
    }

    /**
     * Judges {@code typed} against {@code reference}.
     *
     * @param reference the card's answer formula
     * @param variables the card's variables field ({@code z vector[5]; y onehot[5]})
     * @param typed     what the student typed
     * @param seed      seed of the random points; the same seed gives the same verdict
     * @param options   number of points and tolerances
     * @return the verdict; never throws for bad input
     */
    public static Verdict judge(String reference, String variables, String typed, long seed, Options options) {
        Variables vars;
        Formula answer;
        Formula attempt;
        try {
            vars = Variables.parse(variables);
        } catch (FormulaException e) {
            return Verdict.invalid("variables: " + e.getMessage());
        }
        try {
            answer = Formula.parse(reference, vars);
        } catch (FormulaException e) {
            return Verdict.invalid("answer formula: " + e.getMessage());
        }
        try {
            attempt = Formula.parse(typed, vars);
        } catch (FormulaException e) {
            return Verdict.invalid(e.getMessage());
        }
        return compare(answer, attempt, new SplittableRandom(seed), options);
    }

    /** Judges two parsed formulas over the answer's variables. */
    public static Verdict compare(Formula answer, Formula attempt, RandomGenerator random, Options options) {
        List<Map<String, Value>> points = new ArrayList<>();
        List<Value> answers = new ArrayList<>();
        List<Value> attempts = new ArrayList<>();
        int tried = 0;
        int skipped = 0;
        int answerDefined = 0;
        Map<String, Value> firstTypedUndefined = null;
        while (points.size() < options.points() && tried < 4 * options.points()) {
            Map<String, Value> point = answer.variables().samplePoint(random);
            tried++;
            Value a;
            try {
                a = answer.evaluate(point);
            } catch (FormulaException e) {
                return new Verdict(Verdict.Result.INVALID, null, Map.of(), tried, skipped, "answer formula: " + e.getMessage());
            }
            Value t;
            try {
                t = attempt.evaluate(point);
            } catch (FormulaException e) {
                if (e.getMessage().contains("too costly")) {
                    return new Verdict(Verdict.Result.INVALID, null, Map.of(), tried, skipped, e.getMessage());
                }
                return rejected("the shapes do not fit: " + e.getMessage(), point, tried, skipped);
            }
            if (!a.sameShape(t)) return rejected(shapeHint(a, t), point, tried, skipped);
            if (a.isFinite()) answerDefined++;
            if (!a.isFinite() || !t.isFinite()) {
                skipped++;
                if (a.isFinite() && firstTypedUndefined == null) firstTypedUndefined = point;
                continue;
            }
            points.add(point);
            answers.add(a);
            attempts.add(t);
        }
        int typedOnlyUndefined = answerDefined - points.size();
        if (typedOnlyUndefined > 0 && (typedOnlyUndefined * 4 > answerDefined || points.size() < options.minDefined())) {
            return rejected("yours is undefined at " + typedOnlyUndefined + " of the " + answerDefined
                    + " points where the answer is defined", firstTypedUndefined, tried, skipped);
        }
        if (points.size() < options.minDefined()) {
            return new Verdict(Verdict.Result.INVALID, null, Map.of(), tried, skipped, "answer formula: defined at only "
                    + points.size() + " of " + tried + " random points of its domain");
        }
        for (int j = 0; j < points.size(); j++) {
            if (!agree(answers.get(j), attempts.get(j), options)) {
                String hint = Hints.describe(answers, attempts, options);
                if (hint == null) hint = "at this point the answer is " + answers.get(j) + " but yours is " + attempts.get(j);
                return rejected(hint, points.get(j), tried, skipped);
            }
        }
        return new Verdict(Verdict.Result.ACCEPTED, null, Map.of(), tried, skipped, null);
    }

    private static boolean agree(Value a, Value t, Options options) {
        for (int i = 0; i < a.size(); i++) {
            if (!options.close(a.data()[i], t.data()[i])) return false;
        }
        return true;
    }

    private static String shapeHint(Value answer, Value typed) {
        String hint = "the answer is " + describe(answer) + " but yours is " + describe(typed);
        if (answer.rows() == typed.cols() && answer.cols() == typed.rows()) hint += " (transposed?)";
        return hint;
    }

    private static String describe(Value v) {
        if (v.isScalar()) return "a scalar";
        if (v.cols() == 1) return "a vector of length " + v.rows();
        if (v.rows() == 1) return "a row vector of length " + v.cols();
        return "a " + v.shape() + " matrix";
    }

    private static Verdict rejected(String hint, Map<String, Value> point, int tried, int skipped) {
        Map<String, Object> counterexample = new LinkedHashMap<>();
        point.forEach((name, value) -> counterexample.put(name, value.toJava()));
        return new Verdict(Verdict.Result.REJECTED, hint, counterexample, tried, skipped, null);
    }
}
