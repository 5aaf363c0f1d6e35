package io.verideck.kb.index;

import io.verideck.kb.check.Problem;
import io.verideck.kb.content.ContentFile;
import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.content.LoadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds the built-in content's index once (the build runs this at package time). The index is
 * written to a temporary directory and renamed into place, with a manifest holding the content hash
 * and the index format version.
 */
public final class BuiltinIndexer {
    private BuiltinIndexer() {
    }

    /** {@code BuiltinIndexer DIR}: (re)builds the built-in index in DIR unless it is already current. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BuiltinIndexer OUTPUT_DIR");
            System.exit(2);
        }
        LoadResult r = ContentLoader.builtinResult();
        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            errors.forEach(p -> System.err.println(p));
            System.err.println("built-in content has " + errors.size() + " error(s); index not built");
            System.exit(3);
        }
        Path out = Path.of(args[0]);
        boolean built = ensure(out);
        System.out.println((built ? "indexed " : "index current: ") + r.library().cards().size() + " cards, "
                + r.library().lectures().size() + " lectures -> " + out);
    }

    /** Builds the index in {@code out} if it is missing or stale; returns true when it built. */
    public static boolean ensure(Path out) throws IOException {
        String hash = contentHash();
        if (hash.equals(IndexFormat.contentHash(out))) {
            if (!Files.exists(out.resolve(io.verideck.kb.content.LibrarySnapshot.FILE))) {
                io.verideck.kb.content.LibrarySnapshot.write(out, ContentLoader.builtinResult().library());
            }
            return false;
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, out.getFileName() + ".tmp");
        io.verideck.kb.model.Library lib = ContentLoader.builtinResult().library(); // parsed, never a snapshot
        try (FSDirectory dir = FSDirectory.open(tmp)) {
            CardIndex.write(lib, dir);
        }
        IndexFormat.writeManifest(tmp, hash);
        io.verideck.kb.content.LibrarySnapshot.write(tmp, lib);
        if (Files.exists(out)) deleteTree(out);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** SHA-256 over every built-in content file's name and text, and the index format version. */
    public static String contentHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("format " + IndexFormat.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (ContentFile f : ContentLoader.builtinFiles()) {
                md.update(f.name().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                if (f.text() != null) md.update(f.text().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
