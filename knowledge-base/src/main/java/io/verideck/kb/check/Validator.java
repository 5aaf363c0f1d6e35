package io.verideck.kb.check;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that span files: duplicate card ids, duplicate lecture numbers, and card lecture references
 * whose section does not exist. Per-file problems come from the parsers.
 */
public final class Validator {
    private final boolean builtIn;

    /**
     * @param builtIn true for the built-in content, which is held to a stricter standard (every card
     *                has key points, every lecture reference resolves)
     */
    public Validator(boolean builtIn) {
        this.builtIn = builtIn;
    }

    public List<Problem> check(List<Deck> decks, List<Lecture> lectures) {
        List<Problem> out = new ArrayList<>();
        Map<String, Card> firstById = new HashMap<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                Card first = firstById.putIfAbsent(c.id(), c);
                if (first != null) {
                    out.add(new Problem(c.location(), Severity.ERROR,
                            "duplicate id '" + c.id() + "' (first at " + first.location() + ")"));
                }
                if (builtIn && c.keyPoints().isEmpty() && !c.draft()) {
                    out.add(new Problem(c.location(), Severity.WARNING, "card '" + c.id() + "' has no key points"));
                }
            }
        }
        Map<Integer, Lecture> byNumber = new HashMap<>();
        for (Lecture l : lectures) {
            Lecture first = byNumber.putIfAbsent(l.number(), l);
            if (first != null) {
                out.add(Problem.error(l.file(), 1, "lecture " + l.number() + " is defined twice (also in " + first.file() + ")"));
            }
        }
        if (lectures.isEmpty()) return out;
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                if (c.lecture() == null) continue;
                Lecture l = byNumber.get(c.lecture().number());
                if (l == null) {
                    out.add(new Problem(c.location(), Severity.WARNING, "card '" + c.id() + "' refers to lecture "
                            + c.lecture().number() + ", which has no notes"));
                } else if (c.lecture().anchor() != null && !anchors(l).contains(c.lecture().anchor())) {
                    out.add(new Problem(c.location(), Severity.WARNING, "card '" + c.id() + "' refers to section '"
                            + c.lecture().anchor() + "' of lecture " + l.number() + ", which does not exist"));
                }
            }
        }
        return out;
    }

    private static Set<String> anchors(Lecture l) {
        Set<String> s = new HashSet<>();
        for (LectureSection sec : l.sections()) s.add(sec.anchor());
        return s;
    }
}
