package io.verideck.cli.exam;

import io.verideck.kb.grade.TypedAnswer;

/** Finds the typed formula in an answer: a line starting {@code =} or {@code formula:}, else null. */
final class FormulaAnswer {
    private FormulaAnswer() {
    }

    static String extract(String typed) {
        String text = TypedAnswer.of(typed).text();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("=")) return l.substring(1).strip();
            if (l.regionMatches(true, 0, "formula:", 0, 8)) return l.substring(8).strip();
        }
        return null;
    }
}
