package io.verideck.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Card;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckCacheTest {
    @TempDir
    Path tmp;

    private static String deck(String answer) {
        return "---\ndeck: Cached\ntags: [losses]\n---\n\n# Cached\n\n## What is $\\alpha$?\nid: cached-alpha\n"
                + "key points: first; second\n\n" + answer + "\n\n## Second?\nid: cached-second\n\nYes.\n";
    }

    @Test
    void cachedDecksEqualParsedDecksAndFollowEdits() throws Exception {
        Path decks = Files.createDirectories(tmp.resolve("decks"));
        Path file = decks.resolve("a.md");
        Files.writeString(file, deck("It is $\\alpha$."));
        Path cache = tmp.resolve("cache");
        List<Card> parsed = ContentLoader.directory(decks).library().cards();
        assertEquals(2, parsed.size());
        assertEquals(parsed, DeckCache.load(decks, cache).cards(), "first load parses");
        try (var s = Files.list(cache.resolve("review-decks"))) {
            assertEquals(1, s.count());
        }
        assertEquals(parsed, DeckCache.load(decks, cache).cards(), "second load reads the cache");
        Files.writeString(file, deck("It is the first letter, $\\alpha$."));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        Card edited = DeckCache.load(decks, cache).card("cached-alpha").orElseThrow();
        assertTrue(edited.answer().contains("first letter"), edited.answer());
    }
}
