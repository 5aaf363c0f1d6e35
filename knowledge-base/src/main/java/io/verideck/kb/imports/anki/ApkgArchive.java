package io.verideck.kb.imports.anki;

import io.airlift.compress.zstd.ZstdInputStream;
import io.verideck.kb.imports.ImportException;
import io.verideck.kb.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The untrusted zip container of an {@code .apkg}: checks every entry name, picks the newest
 * collection file and extracts it (decompressing zstd for {@code anki21b}) with a hard size cap, so a
 * decompression bomb stops at the cap instead of filling the disk.
 */
final class ApkgArchive {
    /** Largest collection database accepted after decompression. */
    static final long MAX_COLLECTION_BYTES = 256L << 20;
    static final int MAX_ENTRIES = 200_000;

    private ApkgArchive() {
    }

    /** Extracts the collection into {@code target}; returns the entry name used. */
    static String extractCollection(Path apkg, String shown, Path target) throws ImportException {
        SourceLocation where = new SourceLocation(shown, 1);
        try (ZipFile zip = new ZipFile(apkg.toFile())) {
            ZipEntry best = null;
            int count = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++count > MAX_ENTRIES) throw new ImportException(where, "zip has more than " + MAX_ENTRIES + " entries");
                checkName(where, entry.getName());
                if (rank(entry.getName()) > rank(best == null ? null : best.getName())) best = entry;
            }
            if (best == null) {
                throw new ImportException(where, "no collection.anki2, collection.anki21 or collection.anki21b in the package");
            }
            try (InputStream raw = zip.getInputStream(best);
                 InputStream in = best.getName().endsWith("anki21b") ? new ZstdInputStream(raw) : raw;
                 OutputStream out = Files.newOutputStream(target)) {
                copyCapped(in, out, where, best.getName());
            }
            return best.getName();
        } catch (ZipException e) {
            throw new ImportException(where, "not a valid zip/.apkg file (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(where, "cannot read the package: " + e.getMessage(), e);
        }
    }

    private static void checkName(SourceLocation where, String name) throws ImportException {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("[A-Za-z]:.*") || n.equals("..") || n.startsWith("../")
                || n.contains("/../") || n.endsWith("/..") || n.indexOf('\0') >= 0) {
            throw new ImportException(where, "unsafe zip entry name '" + name + "' (path traversal); package refused");
        }
    }

    private static int rank(String name) {
        if (name == null) return 0;
        return switch (name) {
            case "collection.anki21b" -> 3;
            case "collection.anki21" -> 2;
            case "collection.anki2" -> 1;
            default -> 0;
        };
    }

    private static void copyCapped(InputStream in, OutputStream out, SourceLocation where, String entry)
            throws IOException, ImportException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (int r; (r = in.read(buf)) > 0; ) {
            total += r;
            if (total > MAX_COLLECTION_BYTES) {
                throw new ImportException(where, entry + " expands beyond " + (MAX_COLLECTION_BYTES >> 20)
                        + " MB (a zip bomb?); package refused");
            }
            out.write(buf, 0, r);
        }
    }
}
