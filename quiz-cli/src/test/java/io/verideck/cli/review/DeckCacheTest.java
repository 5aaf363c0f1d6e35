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

    @Test
    void decksReadAheadAreHandedOverOnceAndOnlyForTheSameDirectories() throws Exception {
        Path decks = Files.createDirectories(tmp.resolve("decks"));
        Files.writeString(decks.resolve("a.md"), deck("It is $\\alpha$."));
        Path cache = tmp.resolve("cache");
        List<Card> direct = DeckCache.reviewDecks(decks, cache).cards();
        assertTrue(direct.stream().anyMatch(c -> c.id().equals("cached-alpha")), "user cards are included");
        assertTrue(direct.size() > 300, "built-in cards are included");

        DeckCache.prefetch(decks, cache);
        // the deck changes after the read-ahead: the first review gets what was read ahead, the next one the edit
        Files.writeString(decks.resolve("a.md"), deck("It is the first letter, $\\alpha$."));
        Files.setLastModifiedTime(decks.resolve("a.md"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(direct, DeckCache.reviewDecks(decks, cache).cards(), "the read-ahead is used");
        Card edited = DeckCache.reviewDecks(decks, cache).card("cached-alpha").orElseThrow();
        assertTrue(edited.answer().contains("first letter"), "a read-ahead is used once: " + edited.answer());

        DeckCache.prefetch(decks, cache);
        Path other = Files.createDirectories(tmp.resolve("other"));
        assertTrue(DeckCache.reviewDecks(other, cache).card("cached-alpha").isEmpty(), "another directory is read afresh");
        assertEquals(List.of(), DeckCache.reviewDecks(null, cache).cards().stream().filter(c -> c.id().startsWith("cached-")).toList());
    }

    @Test
    void builtinDecksAreCachedAndEqualTheParsedOnes() throws Exception {
        Path cache = tmp.resolve("cache");
        List<Card> parsed = ContentLoader.builtin().cards();
        assertTrue(parsed.size() > 100, "built-in cards: " + parsed.size());
        assertEquals(parsed, DeckCache.builtin(cache).cards(), "first load");
        List<Path> files;
        try (var s = Files.list(cache.resolve("review-decks"))) {
            files = s.toList();
        }
        assertEquals(1, files.size(), files.toString());
        assertTrue(files.get(0).getFileName().toString().startsWith("builtin-"), files.toString());
        var again = DeckCache.builtin(cache);
        assertEquals(parsed, again.cards(), "second load reads the cache");
        assertTrue(again.lectures().isEmpty(), "review's built-in library holds decks only once cached");
    }

    @Test
    void builtinKeyFollowsTheJarItIsReadFrom() throws Exception {
        Path jar = tmp.resolve("content.jar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("io/verideck/content/decks/a.md"));
            out.write("one".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        java.net.URL url = new java.net.URL("jar:" + jar.toUri() + "!/io/verideck/content/decks");
        String first = DeckCache.builtinKey(url);
        assertTrue(first.contains(jar.toAbsolutePath().toString()) && first.contains(" " + Files.size(jar) + " "), first);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        String touched = DeckCache.builtinKey(url);
        assertTrue(!first.equals(touched), "a rebuilt jar must change the key: " + first);
        assertEquals(null, DeckCache.builtinKey(new java.net.URL("http://example.invalid/io/verideck/content/decks")));
        assertEquals(null, DeckCache.builtinKey(null));
    }

    @Test
    void fileNameHashIsStableAndSpreads() {
        assertEquals("cbf29ce484222325", DeckCache.hash(""));
        assertEquals("af63dc4c8601ec8c", DeckCache.hash("a"));
        assertEquals(16, DeckCache.hash("/home/someone/decks").length());
        assertTrue(!DeckCache.hash("/a/decks").equals(DeckCache.hash("/b/decks")));
    }
}
