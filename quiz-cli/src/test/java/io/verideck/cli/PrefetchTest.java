package io.verideck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.index.BuiltinIndexer;
import io.verideck.kb.index.CardIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's read-ahead hands its index to the command, and a command's answer does not depend on it. */
class PrefetchTest {
    @TempDir
    static Path shared;
    @TempDir
    Path tmp;
    private String saved;

    @BeforeEach
    void pointAtABuiltInIndex() throws Exception {
        Path dir = shared.resolve("builtin-index");
        BuiltinIndexer.ensure(dir);
        saved = System.setProperty(Workspace.BUILTIN_INDEX_PROPERTY, dir.toString());
    }

    @AfterEach
    void restore() throws Exception {
        Prefetch.discard();
        if (saved == null) System.clearProperty(Workspace.BUILTIN_INDEX_PROPERTY);
        else System.setProperty(Workspace.BUILTIN_INDEX_PROPERTY, saved);
    }

    @Test
    void theDecksDirectoryIsReadAsMainReadsIt() {
        Map<String, String> none = Map.of();
        assertEquals(Path.of("/a"), Prefetch.decksDir(new String[] {"--decks", "/a", "search", "x"}, none));
        assertEquals(Path.of("/b"), Prefetch.decksDir(new String[] {"search", "--decks=/b", "x"}, none));
        assertEquals(Path.of("/c"), Prefetch.decksDir(new String[] {"search", "x"}, Map.of("VERIDECK_DECKS", "/c")));
        assertNull(Prefetch.decksDir(new String[] {"search", "x"}, Map.of("VERIDECK_DECKS", " ")));
        assertNull(Prefetch.decksDir(new String[] {"search", "--", "--decks", "/d"}, none));
        assertNull(Prefetch.decksDir(new String[] {"search", "--decks"}, none));
    }

    @Test
    void searchTakesTheIndexOpenedAheadAndAnswersTheSame() throws Exception {
        Map<String, String> env = Map.of("VERIDECK_CACHE", tmp.resolve("cache").toString());
        String[] args = {"search", "softmax", "cross", "entropy", "--json", "--limit", "5"};
        CliRun plain = CliRun.of(env, args);
        assertEquals(0, plain.exit(), plain.err());

        Thread ahead = Prefetch.start(args, env);
        assertNotNull(ahead, "search reads ahead");
        ahead.join(60_000);
        Path dir = Workspace.prebuiltIndexDir();
        assertNull(Prefetch.takeIndex(List.of(dir, tmp)), "an index is handed over only for the same directories");
        CliRun prefetched = CliRun.of(env, args);
        assertEquals(plain, prefetched);
        assertNull(Prefetch.takeIndex(List.of(dir)), "the command took the index opened ahead");
    }

    @Test
    void aCommandRacingItsReadAheadAnswersTheSame() throws Exception {
        Map<String, String> env = Map.of("VERIDECK_CACHE", tmp.resolve("cache").toString());
        for (String q : List.of("backprop", "\\nabla", "batch norm", "kl divergence")) {
            String[] args = {"search", q, "--json"};
            CliRun plain = CliRun.of(env, args);
            Prefetch.start(args, env);
            CliRun raced = CliRun.of(env, args);
            assertEquals(plain, raced, q);
        }
    }

    @Test
    void noReadAheadForUserDecksOrUnknownCommands() throws Exception {
        Map<String, String> env = Map.of("VERIDECK_CACHE", tmp.resolve("cache").toString());
        Thread t = Prefetch.start(new String[] {"--decks", tmp.toString(), "search", "x"}, env);
        if (t != null) t.join(60_000);
        assertNull(Prefetch.takeIndex(List.of(Workspace.prebuiltIndexDir())), "user decks: the built-in index alone is not opened");
        assertNull(Prefetch.start(new String[] {"no-such-command"}, env));
        assertNull(Prefetch.start(new String[] {"--version"}, env));
        assertNull(Prefetch.start(new String[] {"--decks", "\0bad", "search", "x"}, env));
    }

    @Test
    void discardClosesAnIndexNobodyTook() throws Exception {
        Map<String, String> env = Map.of("VERIDECK_CACHE", tmp.resolve("cache").toString());
        Thread t = Prefetch.start(new String[] {"show", "softmax-definition"}, env);
        assertNotNull(t);
        t.join(60_000);
        Prefetch.discard();
        assertNull(Prefetch.takeIndex(List.of(Workspace.prebuiltIndexDir())));
        CardIndex again = CardIndex.openDirectories(List.of(Workspace.prebuiltIndexDir()));
        assertTrue(again.size() > 0);
        again.close();
    }
}
