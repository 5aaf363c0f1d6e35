package io.verideck.kb.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of files written all-or-nothing: every file is first written to a staging directory beside
 * the target, and only when all are written are they moved into place (each move atomic). If anything
 * fails before the moves, the target is untouched.
 */
public final class AtomicFiles {
    private final Map<Path, byte[]> files = new LinkedHashMap<>();

    /** Adds a text file (UTF-8) to write at {@code target}. */
    public AtomicFiles text(Path target, String content) {
        files.put(target.toAbsolutePath().normalize(), content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds a binary file. */
    public AtomicFiles bytes(Path target, byte[] content) {
        files.put(target.toAbsolutePath().normalize(), content.clone());
        return this;
    }

    /** Adds every file of {@code other} (a later file for the same path wins). */
    public AtomicFiles addAll(AtomicFiles other) {
        files.putAll(other.files);
        return this;
    }

    public List<Path> targets() {
        return new ArrayList<>(files.keySet());
    }

    /** Writes everything; returns the files written. */
    public List<Path> commit() throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        List<Path> stagingDirs = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path dir = e.getKey().getParent();
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, ".verideck-", ".tmp");
                stagingDirs.add(tmp);
                Files.write(tmp, e.getValue());
                staged.put(e.getKey(), tmp);
            }
            for (Map.Entry<Path, Path> e : staged.entrySet()) move(e.getValue(), e.getKey());
            return new ArrayList<>(staged.keySet());
        } finally {
            for (Path p : stagingDirs) Files.deleteIfExists(p);
        }
    }

    /** Writes one file atomically. */
    public static void write(Path target, byte[] content) throws IOException {
        new AtomicFiles().bytes(target, content).commit();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
