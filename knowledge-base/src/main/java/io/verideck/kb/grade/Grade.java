package io.verideck.kb.grade;

import java.util.List;

/**
 * The grader's verdict on one answer.
 *
 * @param score     the score in [0, 1]
 * @param points    one entry per key point, in the card's order
 * @param suggested the suggested grade on the 0-5 exam scale (the rubric in docs/exam.md)
 * @param reason    one line saying why
 * @param notes     remarks on the input (empty answer, cut paste, removed control characters)
 */
public record Grade(double score, List<KeyPointMatch> points, int suggested, String reason, List<String> notes) {
    public Grade {
        points = List.copyOf(points);
        notes = List.copyOf(notes);
    }

    /** The review rating this grade suggests: 1 again (grades 0-1), 2 hard (2), 3 good (3-4), 4 easy (5). */
    public int rating() {
        return suggested <= 1 ? 1 : suggested == 2 ? 2 : suggested <= 4 ? 3 : 4;
    }

    /** Key points with the given status. */
    public long count(KeyPointMatch.Status status) {
        return points.stream().filter(p -> p.status() == status).count();
    }
}
