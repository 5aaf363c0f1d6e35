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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user's decks as review needs them, cached in binary form so that a launch does not parse
 * thousands of Markdown cards before the first question. The key is the format version plus the
 * path, size and modification time of every {@code *.md} under the decks directory; any change
 * means one full parse (by the knowledge base's {@link ContentLoader}) and a new cache file. Only
 * decks are cached: review never needs lecture notes.
 */
final class DeckCache {
    private static final int FORMAT = 1;

    private DeckCache() {
    }

    /** The user's decks under {@code dir}, from the cache in {@code cacheDir} when it is current. */
    static Library load(Path dir, Path cacheDir) throws IOException {
        String key = key(dir);
        Path file = cacheDir.resolve("review-decks").resolve(hash(dir.toAbsolutePath().normalize().toString()).substring(0, 16) + ".bin");
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readUTF().equals(key)) return new Library(readDecks(in), List.of());
            } catch (IOException | RuntimeException e) {
                // a damaged cache is rebuilt below
            }
        }
        Library lib = ContentLoader.directory(dir).library();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "decks", ".part");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeUTF(key);
                writeDecks(out, lib.decks());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // no cache this time; the next launch parses again
        }
        return lib;
    }

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
        return hash(sb.toString());
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
