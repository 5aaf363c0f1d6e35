package io.verideck.web.render;

import io.verideck.kb.content.Vocabulary;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.Library;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The library arranged for pages: cards by lecture and by tag, the lecture numbers that have a page,
 * and claim ids resolved to their canonical form.
 */
public final class Catalog {
    private final Library library;
    private final Vocabulary vocabulary;
    private final SortedMap<Integer, List<Card>> byLecture = new TreeMap<>();
    private final SortedMap<String, List<Card>> byTag = new TreeMap<>();
    private final SortedSet<Integer> lectureNumbers = new TreeSet<>();

    public Catalog(Library library, Vocabulary vocabulary) {
        this.library = library;
        this.vocabulary = vocabulary;
        for (Lecture l : library.lectures()) lectureNumbers.add(l.number());
        for (Card c : library.cards()) {
            if (c.lecture() != null) {
                lectureNumbers.add(c.lecture().number());
                byLecture.computeIfAbsent(c.lecture().number(), k -> new ArrayList<>()).add(c);
            }
            for (String t : c.tags()) byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
        }
    }

    public Library library() {
        return library;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Lecture numbers with notes or cards, ascending. */
    public SortedSet<Integer> lectureNumbers() {
        return lectureNumbers;
    }

    public List<Card> cardsOfLecture(int n) {
        return byLecture.getOrDefault(n, List.of());
    }

    public SortedMap<String, List<Card>> cardsByTag() {
        return byTag;
    }

    /** The notes of lecture {@code n}, if written. */
    public Optional<Lecture> lecture(int n) {
        return library.lecture(n);
    }

    /** A lecture's display title: its notes' title, else "Lecture n". */
    public String lectureTitle(int n) {
        return library.lecture(n).map(Lecture::title).orElse("Lecture " + n);
    }

    /** A card's claims as canonical ids (an unknown name is kept as written). */
    public List<String> claimIds(Card c) {
        List<String> out = new ArrayList<>();
        for (String name : c.claims()) out.add(vocabulary.claimId(name).orElse(name));
        return out;
    }

    /** Every claim of the catalogue ({@code content/claims.tsv}) and every claim a card names: id to title. */
    public Map<String, String> claimTitles() {
        Map<String, String> out = new TreeMap<>(CLAIM_ORDER);
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream("io/verideck/content/claims.tsv")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] row = line.split("\t");
                    out.put(row[0], row.length > 2 ? row[2] : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Card c : library.cards()) for (String id : claimIds(c)) out.putIfAbsent(id, vocabulary.claimTitle(id).orElse(""));
        return out;
    }

    /** Claim ids in catalogue order: letter, then number ({@code D2} before {@code D10}). */
    public static final Comparator<String> CLAIM_ORDER = Comparator
            .comparing((String s) -> s.replaceAll("\\d.*", ""))
            .thenComparingInt(s -> {
                String d = s.replaceAll("^\\D*(\\d*).*", "$1");
                return d.isEmpty() ? 0 : Integer.parseInt(d.substring(0, Math.min(d.length(), 9)));
            })
            .thenComparing(Comparator.naturalOrder());
}
