package io.verideck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's read-ahead: which commands get one, and that a review answers the same with or without it. */
class PrefetchTest {
    @TempDir
    Path tmp;

    @Test
    void theDecksDirectoryIsReadAsMainReadsIt() {
        Map<String, String> none = Map.of();
        assertEquals(Path.of("/a"), Prefetch.decksDir(new String[] {"--decks", "/a", "review"}, none));
        assertEquals(Path.of("/b"), Prefetch.decksDir(new String[] {"review", "--decks=/b"}, none));
        assertEquals(Path.of("/c"), Prefetch.decksDir(new String[] {"review"}, Map.of("VERIDECK_DECKS", "/c")));
        assertNull(Prefetch.decksDir(new String[] {"review"}, Map.of("VERIDECK_DECKS", " ")));
        assertNull(Prefetch.decksDir(new String[] {"review", "--", "--decks", "/d"}, none));
        assertNull(Prefetch.decksDir(new String[] {"review", "--decks"}, none));
    }

    @Test
    void onlyReviewAndStatsReadAhead() throws Exception {
        Map<String, String> env = Map.of("VERIDECK_CACHE", tmp.resolve("cache").toString());
        for (String[] args : new String[][] {{"search", "x"}, {"show", "x"}, {"no-such-command"}, {"--version"}, {}}) {
            assertNull(Prefetch.start(args, env), String.join(" ", args));
        }
        assertNull(Prefetch.start(new String[] {"--decks", "\0bad", "review"}, env), "a bad path is left to the command");
        Thread stats = Prefetch.start(new String[] {"stats"}, env);
        assertNotNull(stats);
        stats.join(TimeUnit.MINUTES.toMillis(1));
    }

    @Test
    void aReviewAnswersTheSameWithTheReadAheadAsWithout() throws Exception {
        Path decks = Files.createDirectories(tmp.resolve("decks"));
        Files.writeString(decks.resolve("mine.md"), "---\ndeck: Mine\n---\n\n# Mine\n\n## What is read ahead?\nid: mine-1\n\nThe decks.\n");
        Map<String, String> env = Map.of("VERIDECK_CACHE", tmp.resolve("cache").toString(), "VERIDECK_HOME", tmp.resolve("home").toString());
        String[] args = {"--decks", decks.toString(), "review", "--plain", "--limit", "3", "--deck", "mine", "--db", tmp.resolve("a.db").toString()};
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0])); // the review reads its grades from stdin: none
        try {
            reviewTwice(env, args);
        } finally {
            System.setIn(stdin);
        }
    }

    private void reviewTwice(Map<String, String> env, String[] args) throws Exception {
        CliRun plain = CliRun.of(env, args);
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().contains("What is read ahead?"), plain.out());

        args[args.length - 1] = tmp.resolve("b.db").toString();
        Thread ahead = Prefetch.start(args, env);
        assertNotNull(ahead, "review reads ahead");
        ahead.join(TimeUnit.MINUTES.toMillis(1));
        CliRun prefetched = CliRun.of(env, args);
        assertEquals(plain, prefetched);

        // racing: the command does not wait for a read-ahead it cannot use, and answers the same
        args[args.length - 1] = tmp.resolve("c.db").toString();
        Prefetch.start(args, env);
        assertEquals(plain, CliRun.of(env, args));
    }
}
