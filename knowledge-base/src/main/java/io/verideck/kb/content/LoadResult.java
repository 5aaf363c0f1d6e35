package io.verideck.kb.content;

import io.verideck.kb.check.Problem;
import io.verideck.kb.model.Library;
import java.util.List;

/** What was loaded and every problem found on the way (errors and warnings). */
public record LoadResult(Library library, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
