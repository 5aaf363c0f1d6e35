package io.verideck.kb.imports.flashcards;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises answers that cannot stand alone: empty, cut off, or pointing at a lost image. */
public final class AnswerFlags {
    private static final Pattern LOST_FIGURE = Pattern.compile("(?i)\\b(written as below|shown below|formula \\(below\\)"
            + "|below is|the below|\\w+ below\\b|the following (picture|image|figure|diagram)|this (picture|image|figure|diagram)"
            + "|in this picture|the first shows|see (the )?(image|figure|picture))");
    private static final Pattern CUT_OFF = Pattern.compile(
            "\\b(to|the|a|an|and|of|with|by|for|that|uses)\\s+\\*\\*[A-Z]|\\b(to|the|a|an|and|of|with|by|for)\\s*$");

    private AnswerFlags() {
    }

    /** Human-readable problems with the answer; empty when it can stand alone. */
    public static List<String> check(String answer) {
        List<String> out = new ArrayList<>();
        String a = answer.strip();
        if (a.isEmpty()) {
            out.add("empty answer (its content was probably an image); marked draft");
            return out;
        }
        if (CUT_OFF.matcher(a).find()) out.add("answer looks cut off; marked draft");
        if (LOST_FIGURE.matcher(a).find()) out.add("answer refers to an image or formula that is not in the source; marked draft");
        return out;
    }
}
