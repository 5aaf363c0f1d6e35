package io.verideck.cli.review;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.content.LibraryCodec;
import io.verideck.kb.content.LibrarySnapshot;
import io.verideck.kb.model.Library;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Decks as review needs them, cached in binary form ({@link LibraryCodec}) so that a launch does not
 * parse thousands of Markdown cards before the first question: the user's decks, and the built-in
 * decks (which would otherwise be listed from their jar and parsed at every launch) when the launcher
 * has not named the built-in library saved at build time ({@link LibrarySnapshot}). The key of the user's decks is the
 * format version plus the path, size and modification time of every {@code *.md} under the decks
 * directory; that of the built-in decks is the path, size and modification time of the jar (or the
 * same listing of the directory) they are read from. Any change means one full parse (by the
 * knowledge base's {@link ContentLoader}) and a new cache file. Only decks are cached: review never
 * needs lecture notes. Keys are compared in full; file names use a 64-bit FNV-1a hash of the
 * location, so no cryptographic provider has to start.
 */
public final class DeckCache {
    private static final int FORMAT = 3;
    /** Where the built-in content lives on the class path (see {@link ContentLoader}). */
    private static final String BUILTIN_DECKS = "io/verideck/content/decks";

    private DeckCache() {
    }

    /** Decks being read ahead by {@link #prefetch}, by decks directory and cache directory; each is taken once. */
    private static final Map<String, FutureTask<Library>> AHEAD = new ConcurrentHashMap<>();

    /**
     * Reads the decks a review will ask {@link #reviewDecks} for, on the calling thread, so that the
     * launcher can do it while the command line is still being parsed. The result is kept for one
     * {@link #reviewDecks} call with the same directories; failures are left for that call to meet.
     *
     * @param dir the user's decks directory, or null for the built-in decks alone
     * @param cacheDir the cache directory
     */
    public static void prefetch(Path dir, Path cacheDir) {
        FutureTask<Library> task = new FutureTask<>(() -> read(dir, cacheDir));
        if (AHEAD.putIfAbsent(aheadKey(dir, cacheDir), task) == null) task.run();
    }

    /**
     * The built-in decks plus the user's decks under {@code dir} (built-in cards win on an id clash),
     * from the read-ahead when {@link #prefetch} was called with the same directories, else read now.
     *
     * @param dir the user's decks directory, or null for the built-in decks alone
     * @param cacheDir the cache directory
     * @throws IOException when the user's decks cannot be listed
     */
    static Library reviewDecks(Path dir, Path cacheDir) throws IOException {
        FutureTask<Library> ahead = AHEAD.remove(aheadKey(dir, cacheDir));
        if (ahead != null) {
            try {
                return ahead.get();
            } catch (ExecutionException e) {
                // read again below, where the failure surfaces as it would have without the read-ahead
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return read(dir, cacheDir);
    }

    private static Library read(Path dir, Path cacheDir) throws IOException {
        return dir == null ? builtin(cacheDir) : builtin(cacheDir).plus(load(dir, cacheDir));
    }

    private static String aheadKey(Path dir, Path cacheDir) {
        return (dir == null ? "" : dir.toAbsolutePath().normalize().toString()) + "\n" + cacheDir.toAbsolutePath().normalize();
    }

    /** The user's decks under {@code dir}, from the cache in {@code cacheDir} when it is current. */
    static Library load(Path dir, Path cacheDir) throws IOException {
        Path file = cacheDir.resolve("review-decks").resolve(hash(dir.toAbsolutePath().normalize().toString()) + ".bin");
        return cached(file, key(dir), () -> ContentLoader.directory(dir).library());
    }

    /**
     * The built-in decks (no lecture notes), from the cache in {@code cacheDir} when it is current;
     * the whole built-in library when its location cannot be keyed or the cache cannot be read.
     */
    static Library builtin(Path cacheDir) {
        Library saved = LibrarySnapshot.decksFromProperty();
        if (saved != null) return saved;
        try {
            String key = builtinKey(DeckCache.class.getClassLoader().getResource(BUILTIN_DECKS));
            if (key == null) return ContentLoader.builtin();
            Path file = cacheDir.resolve("review-decks").resolve("builtin-" + hash(key) + ".bin");
            return cached(file, key, () -> new Library(ContentLoader.builtin().decks(), List.of()));
        } catch (IOException | RuntimeException e) {
            return ContentLoader.builtin();
        }
    }

    /** The key of the built-in decks at {@code location}: a jar file's or a directory's listing; null if neither. */
    static String builtinKey(URL location) throws IOException {
        if (location == null) return null;
        if (location.getProtocol().equals("jar")) {
            String path = location.getPath();
            int bang = path.indexOf("!/");
            if (bang < 0 || !path.startsWith("file:")) return null;
            Path jar = Path.of(URI.create(path.substring(0, bang)));
            BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
            return "builtin v" + FORMAT + " " + jar.toAbsolutePath() + " " + a.size() + " " + a.lastModifiedTime().toMillis();
        }
        if (location.getProtocol().equals("file")) {
            Path dir = Path.of(URI.create(location.toString()));
            return "builtin " + dir.toAbsolutePath() + " " + key(dir);
        }
        return null;
    }

    /** The decks stored in {@code file} under {@code key}, else {@code parse}'s, written to {@code file}. */
    private static Library cached(Path file, String key, Supplier<Library> parse) {
        if (Files.isRegularFile(file)) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                int body = keyEnd(bytes, key);
                if (body > 0) return LibraryCodec.decode(bytes, body, false);
            } catch (IOException | RuntimeException e) {
                // a damaged cache is rebuilt below
            }
        }
        Library lib = parse.get();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(k.length);
                out.write(k);
                out.write(LibraryCodec.encode(lib, false));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // no cache this time; the next launch parses again
        }
        return lib;
    }

    /** The user decks' key: the format version, then each file's relative path, size and modification time. */
    static String key(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("v" + FORMAT);
        List<Path> files = new ArrayList<>();
        markdownFiles(dir, files);
        files.sort(null);
        for (Path p : files) {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            sb.append('\n').append(dir.relativize(p)).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis());
        }
        return sb.toString();
    }

    /** Every regular {@code *.md} file under {@code dir}, at any depth (links to directories are not followed). */
    private static void markdownFiles(Path dir, List<Path> into) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) markdownFiles(p, into);
                else if (p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)) into.add(p);
            }
        }
    }

    /** 64-bit FNV-1a of the string's UTF-16 units, as 16 hex digits (a file name, not a secret). */
    static String hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        String hex = Long.toHexString(h);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** Where the decks start in a cache file whose header is {@code key}; 0 when the header is another key. */
    private static int keyEnd(byte[] bytes, String key) {
        if (bytes.length < 4) return 0;
        int n = ByteBuffer.wrap(bytes, 0, 4).getInt();
        if (n < 0 || n > bytes.length - 4) return 0;
        return key.equals(new String(bytes, 4, n, StandardCharsets.UTF_8)) ? 4 + n : 0;
    }
}
