package io.verideck.cli;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.content.LoadResult;
import io.verideck.kb.index.BuiltinIndexer;
import io.verideck.kb.index.CardIndex;
import io.verideck.kb.index.IndexFormat;
import io.verideck.kb.index.UserIndex;
import io.verideck.kb.model.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What a command works on: the built-in content plus the user's decks (from {@code --decks} or
 * {@code VERIDECK_DECKS}), their index, and the data directory. Everything is opened on first use.
 */
public final class Workspace implements AutoCloseable {
    /** System property the launcher sets to the index built at package time. */
    public static final String BUILTIN_INDEX_PROPERTY = "verideck.builtinIndex";

    private final Path userDecks;
    private final Map<String, String> env;
    private Library library;
    private LoadResult userLoad;
    private CardIndex index;

    public Workspace(Path userDecks, Map<String, String> env) {
        this.env = env;
        if (userDecks == null) {
            String e = env.get("VERIDECK_DECKS");
            userDecks = e == null || e.isBlank() ? null : Path.of(e);
        }
        this.userDecks = userDecks;
    }

    /** The user's decks directory, or null when none is configured. */
    public Path userDecksDir() {
        return userDecks;
    }

    public Map<String, String> env() {
        return env;
    }

    public Path dataDir() {
        return Paths.dataDir(env);
    }

    /** Built-in content plus the user's decks (built-in cards win on an id clash). */
    public synchronized Library library() {
        if (library == null) {
            Library lib = ContentLoader.builtin();
            LoadResult user = userLoad();
            library = user == null ? lib : lib.plus(user.library());
        }
        return library;
    }

    /** The user's decks as loaded, with their problems; null when no decks directory is configured. */
    public synchronized LoadResult userLoad() {
        if (userLoad == null && userDecks != null) {
            if (!Files.exists(userDecks)) {
                throw new UserError(ExitCodes.BAD_INPUT, userDecks + ": decks directory does not exist (from --decks or VERIDECK_DECKS)");
            }
            userLoad = ContentLoader.directory(userDecks);
        }
        return userLoad;
    }

    /** The search index over built-in and user content. */
    public synchronized CardIndex index() {
        if (index == null) {
            try {
                List<Path> dirs = new ArrayList<>();
                dirs.add(builtinIndexDir());
                if (userDecks != null) {
                    if (!Files.exists(userDecks)) {
                        throw new UserError(ExitCodes.BAD_INPUT, userDecks + ": decks directory does not exist (from --decks or VERIDECK_DECKS)");
                    }
                    Path userIndex = Paths.cacheDir(env).resolve("user-index").resolve(shortHash(userDecks.toAbsolutePath().normalize().toString()));
                    UserIndex.update(userDecks, userIndex);
                    dirs.add(userIndex);
                }
                index = CardIndex.openDirectories(dirs);
            } catch (IOException e) {
                throw new UserError(ExitCodes.ENVIRONMENT, "cannot open the search index: " + e.getMessage(), e);
            }
        }
        return index;
    }

    /** The prebuilt index from the launcher if current, else one built on first run in the cache. */
    private Path builtinIndexDir() throws IOException {
        String prop = System.getProperty(BUILTIN_INDEX_PROPERTY);
        if (prop != null && IndexFormat.contentHash(Path.of(prop)) != null) return Path.of(prop);
        String hash = BuiltinIndexer.contentHash();
        Path dir = Paths.cacheDir(env).resolve("builtin-index").resolve(hash.substring(0, 16));
        BuiltinIndexer.ensure(dir);
        return dir;
    }

    static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (index != null) index.close();
    }
}
