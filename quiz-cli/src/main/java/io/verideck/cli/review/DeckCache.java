package io.verideck.cli.review;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.LectureRef;
import io.verideck.kb.model.Library;
import io.verideck.kb.model.SourceLocation;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Decks as review needs them, cached in binary form so that a launch does not parse thousands of
 * Markdown cards before the first question: the user's decks, and the built-in decks (which would
 * otherwise be listed from their jar and parsed at every launch). The key of the user's decks is the
 * format version plus the path, size and modification time of every {@code *.md} under the decks
 * directory; that of the built-in decks is the path, size and modification time of the jar (or the
 * same listing of the directory) they are read from. Any change means one full parse (by the
 * knowledge base's {@link ContentLoader}) and a new cache file. Only decks are cached: review never
 * needs lecture notes. Keys are compared in full; file names use a 64-bit FNV-1a hash of the
 * location, so no cryptographic provider has to start.
 */
final class DeckCache {
    private static final int FORMAT = 2;
    /** Where the built-in content lives on the class path (see {@link ContentLoader}). */
    private static final String BUILTIN_DECKS = "io/verideck/content/decks";

    private DeckCache() {
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
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (key.equals(str(in))) return new Library(readDecks(in), List.of());
            } catch (IOException | RuntimeException e) {
                // a damaged cache is rebuilt below
            }
        }
        Library lib = parse.get();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                str(out, key);
                writeDecks(out, lib.decks());
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
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path p : files) {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            sb.append('\n').append(dir.relativize(p)).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis());
        }
        return sb.toString();
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

    private static void writeDecks(DataOutputStream out, List<Deck> decks) throws IOException {
        out.writeInt(decks.size());
        for (Deck d : decks) {
            str(out, d.name());
            str(out, d.file());
            list(out, d.tags());
            str(out, d.intro());
            out.writeInt(d.cards().size());
            for (Card c : d.cards()) writeCard(out, c);
        }
    }

    private static void writeCard(DataOutputStream out, Card c) throws IOException {
        str(out, c.id());
        str(out, c.question());
        str(out, c.answer());
        str(out, c.deck());
        list(out, c.tags());
        str(out, c.lecture() == null ? null : c.lecture().toString());
        list(out, c.covers());
        list(out, c.claims());
        list(out, c.refutes());
        list(out, c.keyPoints());
        str(out, c.formula());
        str(out, c.variables());
        out.writeBoolean(c.draft());
        str(out, c.origin());
        str(out, c.location().file());
        out.writeInt(c.location().line());
    }

    private static List<Deck> readDecks(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Deck> decks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = str(in);
            String file = str(in);
            List<String> tags = list(in);
            String intro = str(in);
            int m = in.readInt();
            List<Card> cards = new ArrayList<>(m);
            for (int j = 0; j < m; j++) cards.add(readCard(in));
            decks.add(new Deck(name, file, tags, intro, cards));
        }
        return decks;
    }

    private static Card readCard(DataInputStream in) throws IOException {
        String id = str(in);
        String q = str(in);
        String a = str(in);
        String deck = str(in);
        List<String> tags = list(in);
        String lecture = str(in);
        List<String> covers = list(in);
        List<String> claims = list(in);
        List<String> refutes = list(in);
        List<String> keyPoints = list(in);
        String formula = str(in);
        String variables = str(in);
        boolean draft = in.readBoolean();
        String origin = str(in);
        SourceLocation loc = new SourceLocation(str(in), in.readInt());
        return new Card(id, q, a, deck, tags, lecture == null ? null : LectureRef.parse(lecture), covers, claims, refutes,
                keyPoints, formula, variables, draft, origin, loc);
    }

    // writeUTF is limited to 64 KB; an answer may be longer, so strings are length-prefixed UTF-8.
    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void list(DataOutputStream out, List<String> l) throws IOException {
        out.writeInt(l.size());
        for (String s : l) str(out, s);
    }

    private static List<String> list(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(str(in));
        return l;
    }
}
