package io.verideck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands run in-process against the built-in content: output, JSON shapes, exit codes. */
class CliTest {
    @TempDir
    static Path cache;
    static Map<String, String> env;

    @BeforeAll
    static void environment() {
        env = Map.of("VERIDECK_CACHE", cache.toString(), "VERIDECK_HOME", cache.resolve("data").toString(), "NO_COLOR", "1");
    }

    @Test
    void searchFindsTheNormalEquationCard() throws IOException {
        CliRun r = CliRun.of(env, "search", "normal", "equation", "--limit", "3", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("schema").asInt());
        JsonNode hits = json.get("hits");
        assertTrue(hits.size() >= 1 && hits.size() <= 3);
        boolean found = false;
        for (JsonNode h : hits) {
            for (String field : new String[] {"kind", "id", "question", "snippet", "snippetHtml", "tags", "lecture", "score"}) {
                assertTrue(h.has(field), "hit has " + field + ": " + h);
            }
            found |= h.get("id").asText().equals("linear-models-normal-equation");
        }
        assertTrue(found, r.out());
    }

    @Test
    void humanSearchOutputRendersMath() {
        CliRun r = CliRun.of(env, "search", "normal equation", "--cards-only", "--limit", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("θ = (XᵀX)⁻¹Xᵀy"), r.out());
        assertFalse(r.out().contains("\\theta"), r.out());
    }

    @Test
    void nothingFoundExitsOne() {
        CliRun r = CliRun.of(env, "search", "qwxzvbnmkj");
        assertEquals(ExitCodes.NOTHING_FOUND, r.exit());
        assertTrue(r.err().contains("no results"), r.err());
    }

    @Test
    void typosAreToleratedWhenNothingMatches() {
        CliRun r = CliRun.of(env, "search", "backpropogation", "--limit", "3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().toLowerCase().contains("backprop"), r.out());
    }

    @Test
    void brokenQueriesGetOneLineAndExitTwo() {
        for (String q : new String[] {"\"unclosed", "AND OR", "x".repeat(10_000), "(a OR", "title:[a TO"}) {
            CliRun r = CliRun.of(env, "search", q);
            assertEquals(ExitCodes.USAGE, r.exit(), q.length() > 40 ? "long query" : q);
            assertEquals(1, r.err().strip().lines().count(), "one line for " + (q.length() > 40 ? "long query" : q) + ": " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void showAndListAndUnknownId() throws IOException {
        CliRun show = CliRun.of(env, "show", "linear-models-normal-equation", "--json");
        assertEquals(0, show.exit(), show.err());
        JsonNode card = new ObjectMapper().readTree(show.out()).get("card");
        assertEquals("linear-models-normal-equation", card.get("id").asText());
        assertTrue(card.get("keyPoints").size() >= 2);
        assertTrue(new ObjectMapper().readTree(show.out()).get("related").size() >= 3, show.out());
        CliRun text = CliRun.of(env, "show", "linear-models-normal-equation");
        assertTrue(text.out().contains("Key points"), text.out());
        assertTrue(text.out().contains("Related"), text.out());
        CliRun missing = CliRun.of(env, "show", "no-such-card");
        assertEquals(ExitCodes.NOTHING_FOUND, missing.exit());
        CliRun list = CliRun.of(env, "list", "--tag", "cnn");
        assertEquals(0, list.exit());
        assertTrue(list.out().lines().count() >= 10, list.out());
    }

    @Test
    void checkReportsFileAndLineAndExitsThree(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.md"), "---\ndeck: Bad\n---\n\n## Q?\nid: ok-id\n\nAnswer with $x.\n\n## Q2?\n\nNo id.\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of(env, "check", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.out().contains("bad.md:8: error: unbalanced $ in answer"), r.out());
        assertTrue(r.out().contains("bad.md:10: error: card has no id field"), r.out());
        CliRun builtin = CliRun.of(env, "check");
        assertEquals(0, builtin.exit(), builtin.out());
        assertTrue(builtin.out().contains("0 error(s), 0 warning(s)"), builtin.out());
    }

    @Test
    void userDecksAreSearchedBesideTheBuiltInContent(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.md"), "---\ndeck: Mine\n---\n\n## What is a zorblax transform?\nid: my-zorblax\n\nA made-up transform.\n");
        CliRun r = CliRun.of(env, "--decks", dir.toString(), "search", "zorblax", "--json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("my-zorblax"), r.out());
        // Incremental: edit the file, search again, the new text is found and the old one gone.
        Files.writeString(dir.resolve("mine.md"), "---\ndeck: Mine\n---\n\n## What is a quuxor transform?\nid: my-zorblax\n\nRenamed.\n");
        assertTrue(dir.resolve("mine.md").toFile().setLastModified(System.currentTimeMillis() + 5000));
        CliRun again = CliRun.of(env, "--decks", dir.toString(), "search", "quuxor", "--json");
        assertTrue(again.out().contains("my-zorblax"), again.out());
        assertEquals(ExitCodes.NOTHING_FOUND, CliRun.of(env, "--decks", dir.toString(), "search", "zorblax").exit());
        CliRun missingDir = CliRun.of(env, "--decks", dir.resolve("nope").toString(), "search", "x");
        assertEquals(ExitCodes.BAD_INPUT, missingDir.exit());
        assertTrue(missingDir.err().contains("decks directory does not exist"), missingDir.err());
    }

    @Test
    void usageErrorsAndHelpAndVersionAndCompletion() {
        assertEquals(ExitCodes.USAGE, CliRun.of(env, "search").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of(env, "serch", "x").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of(env, "search", "x", "--limit", "0").exit());
        CliRun help = CliRun.of(env, "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("search") && help.out().contains("Exit codes"), help.out());
        assertEquals(0, CliRun.of(env, "search", "--help").exit());
        assertTrue(CliRun.of(env, "--version").out().startsWith("verideck "));
        CliRun completion = CliRun.of(env, "completion");
        assertTrue(completion.out().contains("complete -F"), completion.out().substring(0, Math.min(200, completion.out().length())));
    }
}
