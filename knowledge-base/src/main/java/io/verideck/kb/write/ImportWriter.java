package io.verideck.kb.write;

import io.verideck.kb.imports.CardIds;
import io.verideck.kb.imports.ImportResult;
import io.verideck.kb.imports.ReviewEntry;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.parse.DeckParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the files of one import into a decks directory: {@code <deck-slug>.md} per deck,
 * {@code lectures/NN-title.md} per lecture, {@code <source-slug>.reviews.csv} for imported review
 * history. On a re-import the existing deck file is read back: a card whose question changed but
 * whose {@code source:} is the same keeps its old id (so its review progress stays), cards a person
 * added by hand (no {@code source:}) are kept, and imported cards no longer in the source are dropped.
 */
public final class ImportWriter {
    /** What a re-import did to one deck file. */
    public record DeckChange(Path file, String deck, int added, int updated, int removed, int kept) {
    }

    /** The planned files and per-deck counts; nothing is written until {@link AtomicFiles#commit()}. */
    public record Plan(AtomicFiles files, List<DeckChange> changes, Map<String, String> renamedIds) {
    }

    private ImportWriter() {
    }

    public static Plan plan(ImportResult result, Path outDir) throws IOException {
        AtomicFiles files = new AtomicFiles();
        List<DeckChange> changes = new ArrayList<>();
        Map<String, String> renamed = new HashMap<>();
        for (Deck deck : result.decks()) {
            String slug = CardIds.slug(deck.name(), 60);
            Path file = outDir.resolve((slug.isEmpty() ? "imported" : slug) + ".md");
            List<Card> previous = List.of();
            if (Files.isRegularFile(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                previous = DeckParser.parse(file.getFileName().toString(), text).deck().cards();
            }
            Map<String, Card> prevById = new HashMap<>();
            Map<String, Card> prevByOrigin = new HashMap<>();
            for (Card c : previous) {
                prevById.put(c.id(), c);
                if (c.origin() != null) prevByOrigin.putIfAbsent(c.origin(), c);
            }
            List<Card> cards = new ArrayList<>();
            Set<String> used = new HashSet<>();
            int added = 0;
            int updated = 0;
            for (Card c : deck.cards()) {
                Card out = c;
                if (prevById.containsKey(c.id())) {
                    updated++;
                } else if (c.origin() != null && prevByOrigin.containsKey(c.origin())
                        && !used.contains(prevByOrigin.get(c.origin()).id())) {
                    String oldId = prevByOrigin.get(c.origin()).id();
                    renamed.put(c.id(), oldId);
                    out = withId(c, oldId);
                    updated++;
                } else {
                    added++;
                }
                used.add(out.id());
                cards.add(out);
            }
            int kept = 0;
            int removed = 0;
            for (Card c : previous) {
                if (used.contains(c.id())) continue;
                if (c.origin() == null) {
                    cards.add(c);
                    kept++;
                } else {
                    removed++;
                }
            }
            Deck merged = new Deck(deck.name(), file.toString(), deck.tags(), deck.intro(), cards);
            files.text(file, DeckWriter.write(merged));
            changes.add(new DeckChange(file, deck.name(), added, updated, removed, kept));
        }
        for (Lecture l : result.lectures()) {
            files.text(outDir.resolve("lectures").resolve(LectureWriter.fileName(l)), LectureWriter.write(l));
        }
        if (!result.reviews().isEmpty()) {
            StringBuilder csv = new StringBuilder("card_id,review_time,review_rating,review_state,review_duration\n");
            for (ReviewEntry r : result.reviews()) {
                String id = renamed.getOrDefault(r.noteKey(), r.noteKey());
                csv.append(id).append(',').append(r.reviewTime()).append(',').append(r.rating()).append(',')
                        .append(r.state()).append(',').append(r.durationMillis()).append('\n');
            }
            String stem = CardIds.slug(result.source(), 60);
            files.text(outDir.resolve((stem.isEmpty() ? "import" : stem) + ".reviews.csv"), csv.toString());
        }
        return new Plan(files, changes, renamed);
    }

    private static Card withId(Card c, String id) {
        return new Card(id, c.question(), c.answer(), c.deck(), c.tags(), c.lecture(), c.covers(), c.claims(),
                c.refutes(), c.keyPoints(), c.formula(), c.variables(), c.draft(), c.origin(), c.location());
    }
}
