package io.verideck.kb.parse;

import io.verideck.kb.check.Problem;
import io.verideck.kb.model.Lecture;
import java.util.List;

/** A lecture page and the problems found while reading it; {@code lecture} is null when unusable. */
public record ParsedLecture(Lecture lecture, List<Problem> problems) {
    public ParsedLecture {
        problems = List.copyOf(problems);
    }
}
