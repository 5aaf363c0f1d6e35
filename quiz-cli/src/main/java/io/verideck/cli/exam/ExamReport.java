package io.verideck.cli.exam;

import io.verideck.cli.kb.Terminal;
import io.verideck.kb.tex.TexText;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The score report at the end of an exam: every answer against the reference, then the totals. */
public final class ExamReport {
    /** Answers longer than this are shortened in the report (the grade used all of it). */
    static final int SHOWN = 600;

    private ExamReport() {
    }

    public static void print(List<ExamResult> results, int asked, PrintWriter out, Terminal t) {
        out.println();
        out.println(t.bold("=== Exam report ==="));
        int i = 0;
        for (ExamResult r : results) {
            i++;
            out.println();
            out.println(t.bold(i + ". [" + r.kind().name().toLowerCase(Locale.ROOT) + "] " + TexText.markdownToText(r.card().question()))
                    + t.dim("  (" + r.card().id() + ")"));
            out.println("Your answer: " + (r.answer().isBlank() ? t.dim("(none)") : shorten(r.answer())));
            out.println("Reference:   " + shorten(TexText.markdownToText(r.card().answer())));
            for (String line : r.outcome().view()) out.println("  " + line);
            out.println("  Grade: " + r.grade() + "/5");
        }
        int total = results.stream().mapToInt(ExamResult::grade).sum();
        out.println();
        out.printf(Locale.ROOT, "Score: %d/%d (%.0f%%) on %d of %d questions%n", total, 5 * asked,
                asked == 0 ? 0.0 : 100.0 * total / (5.0 * asked), results.size(), asked);
        Map<QuestionKind, int[]> byKind = new EnumMap<>(QuestionKind.class);
        for (ExamResult r : results) {
            int[] s = byKind.computeIfAbsent(r.kind(), k -> new int[2]);
            s[0] += r.grade();
            s[1]++;
        }
        byKind.forEach((k, s) -> out.printf(Locale.ROOT, "  %-11s %d question(s), mean grade %.1f%n",
                k.name().toLowerCase(Locale.ROOT), s[1], (double) s[0] / s[1]));
        List<ExamResult> weak = results.stream().filter(r -> r.grade() <= 2)
                .sorted(Comparator.comparingInt(ExamResult::grade)).toList();
        if (!weak.isEmpty()) {
            out.println("Review next: " + String.join(", ", weak.stream().map(r -> r.card().id()).toList()));
            out.println(t.dim("  (verideck show ID for a card; verideck review --tag TAG to drill a topic)"));
        }
    }

    private static String shorten(String s) {
        String one = s.strip().replace("\n", " / ");
        return one.length() <= SHOWN ? one : one.substring(0, SHOWN) + " ... (" + one.length() + " characters)";
    }
}
