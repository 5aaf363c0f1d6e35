package io.verideck.web.data;

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

/**
 * Where cards come from. {@link #builtinPlus} reads the built-in content and an optional decks
 * directory and opens the on-disk indexes exactly as the CLI does (the index built at package time,
 * or one cached by content hash); {@link #of(Library)} indexes a library in memory (tests, small sites).
 */
public interface ContentSource {
    /** System property the launcher sets to the index built at package time. */
    String BUILTIN_INDEX_PROPERTY = "verideck.builtinIndex";

    /** The loaded library plus the search index over it. */
    record Loaded(Library library, CardIndex index, LoadResult userLoad) {
    }

    Loaded load() throws IOException;

    /** A fixed library, indexed in memory. */
    static ContentSource of(Library library) {
        return () -> new Loaded(library, CardIndex.open(library), null);
    }

    /** Built-in content plus the user's decks directory (may be null). */
    static ContentSource builtinPlus(Path userDecks, Locations where) {
        return () -> {
            Library lib = ContentLoader.builtin();
            LoadResult user = null;
            List<Path> dirs = new ArrayList<>();
            dirs.add(builtinIndexDir(where));
            if (userDecks != null) {
                user = ContentLoader.directory(userDecks);
                lib = lib.plus(user.library());
                Path userIndex = where.cacheDir().resolve("user-index").resolve(shortHash(userDecks.toAbsolutePath().normalize().toString()));
                UserIndex.update(userDecks, userIndex);
                dirs.add(userIndex);
            }
            return new Loaded(lib, CardIndex.openDirectories(dirs), user);
        };
    }

    private static Path builtinIndexDir(Locations where) throws IOException {
        String prop = System.getProperty(BUILTIN_INDEX_PROPERTY);
        if (prop != null && IndexFormat.contentHash(Path.of(prop)) != null) return Path.of(prop);
        String hash = BuiltinIndexer.contentHash();
        Path dir = where.cacheDir().resolve("builtin-index").resolve(hash.substring(0, 16));
        Files.createDirectories(dir.getParent());
        BuiltinIndexer.ensure(dir);
        return dir;
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
