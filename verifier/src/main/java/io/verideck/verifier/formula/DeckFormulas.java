package io.verideck.verifier.formula;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the {@code id}, {@code formula} and {@code variables} fields of the cards in a directory of deck
 * files ({@code content/decks}), without the knowledge-base module: a card is a {@code ## } heading
 * followed by {@code name: value} lines up to the first blank line (docs/card-format.md). Used by the
 * content test and by {@code check-formula --card ID} when no {@code --reference} is given.
 */
public final class DeckFormulas {
    private DeckFormulas() {
    }

    /** Every card of every {@code *.md} file under {@code dir}, in file and line order. */
    public static List<CardFormula> read(Path dir) {
        List<CardFormula> cards = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                cards.addAll(readFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cards;
    }

    /** The card with this id under {@code dir}, if any. */
    public static Optional<CardFormula> find(Path dir, String id) {
        return read(dir).stream().filter(c -> id.equals(c.cardId())).findFirst();
    }

    /** The cards of one deck file. */
    public static List<CardFormula> readFile(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<CardFormula> cards = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("## ")) continue;
            String id = null;
            String formula = null;
            String variables = null;
            int line = i + 1;
            for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
                String field = lines.get(j);
                if (field.startsWith("id:")) id = field.substring(3).strip();
                if (field.startsWith("formula:")) {
                    formula = field.substring(8).strip();
                    line = j + 1;
                }
                if (field.startsWith("variables:")) variables = field.substring(10).strip();
            }
            if (id != null) cards.add(new CardFormula(id, formula, variables, file, line));
        }
        return cards;
    }
}
