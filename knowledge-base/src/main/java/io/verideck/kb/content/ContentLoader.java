package io.verideck.kb.content;

import io.verideck.kb.check.Problem;
import io.verideck.kb.check.Validator;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.Library;
import io.verideck.kb.parse.DeckParser;
import io.verideck.kb.parse.LectureParser;
import io.verideck.kb.parse.ParsedDeck;
import io.verideck.kb.parse.ParsedLecture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads content: the built-in decks and lectures from the class path, or every {@code *.md} under a
 * directory. A file whose front matter names a {@code deck} is a deck; one with {@code lecture} (and no
 * {@code deck}) is lecture notes.
 */
public final class ContentLoader {
    private static final String ROOT = "io/verideck/content/";
    private static volatile LoadResult builtin;
    private static volatile Library builtinLibrary;

    private ContentLoader() {
    }

    /**
     * The built-in library (loaded once per JVM): read back from the snapshot the build saved beside the
     * built-in index when the launcher names one ({@link LibrarySnapshot}), else parsed.
     */
    public static Library builtin() {
        Library l = builtinLibrary;
        if (l == null) {
            synchronized (ContentLoader.class) {
                if (builtinLibrary == null) {
                    Library saved = builtin == null ? LibrarySnapshot.fromProperty() : null;
                    builtinLibrary = saved != null ? saved : builtinResult().library();
                }
                l = builtinLibrary;
            }
        }
        return l;
    }

    /** The built-in library parsed from its Markdown (never the snapshot), with the problems found in it (there should be none). */
    public static LoadResult builtinResult() {
        LoadResult r = builtin;
        if (r == null) {
            synchronized (ContentLoader.class) {
                if (builtin == null) builtin = loadFiles(builtinFiles(), true);
                r = builtin;
            }
        }
        return r;
    }

    /** Every built-in content file, decks first, in name order. */
    public static List<ContentFile> builtinFiles() {
        List<ContentFile> out = new ArrayList<>();
        for (String dir : List.of("decks", "lectures")) {
            for (String name : listResources(ROOT + dir)) {
                try (InputStream in = ContentLoader.class.getClassLoader().getResourceAsStream(ROOT + dir + "/" + name)) {
                    out.add(ContentReader.decode("content/" + dir + "/" + name, in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** Loads every {@code *.md} file under {@code dir} (or the single file {@code dir}). */
    public static LoadResult directory(Path dir) {
        return loadFiles(filesUnder(dir), false);
    }

    /** Reads the {@code *.md} files under a directory (or one file), names relative to the working directory. */
    public static List<ContentFile> filesUnder(Path dir) {
        List<ContentFile> out = new ArrayList<>();
        if (Files.isRegularFile(dir)) {
            out.add(ContentReader.read(dir, display(dir)));
            return out;
        }
        if (!Files.isDirectory(dir)) {
            out.add(ContentFile.failed(display(dir), "no such file or directory", 1));
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !buildOrHidden(dir, p))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted(Comparator.comparing(Path::toString))
                    .forEach(p -> out.add(ContentReader.read(p, display(p))));
        } catch (IOException e) {
            out.add(ContentFile.failed(display(dir), "cannot list directory: " + e.getMessage(), 1));
        }
        return out;
    }

    /** Build output ({@code target/}) and hidden folders are never content. */
    private static boolean buildOrHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            String n = part.toString();
            if (n.equals("target") || n.startsWith(".")) return true;
        }
        return false;
    }

    /** Parses and validates a set of content files. */
    public static LoadResult loadFiles(List<ContentFile> files, boolean builtIn) {
        List<Problem> problems = new ArrayList<>();
        List<Deck> decks = new ArrayList<>();
        List<Lecture> lectures = new ArrayList<>();
        for (ContentFile f : files) {
            if (f.error() != null) {
                problems.add(Problem.error(f.name(), f.errorLine(), f.error()));
                continue;
            }
            if (isLecture(f.text())) {
                ParsedLecture pl = LectureParser.parse(f.name(), f.text());
                problems.addAll(pl.problems());
                if (pl.lecture() != null) lectures.add(pl.lecture());
            } else {
                ParsedDeck pd = DeckParser.parse(f.name(), f.text());
                problems.addAll(pd.problems());
                decks.add(pd.deck());
            }
        }
        problems.addAll(new Validator(builtIn).check(decks, lectures));
        return new LoadResult(new Library(decks, lectures), problems);
    }

    /** True when the front matter has a {@code lecture} key and no {@code deck} key. */
    static boolean isLecture(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!t.startsWith("---")) return false;
        int end = t.indexOf("\n---", 3);
        String fm = end < 0 ? t : t.substring(0, end);
        return fm.matches("(?s).*\\nlecture\\s*:.*") && !fm.matches("(?s).*\\ndeck\\s*:.*");
    }

    private static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private static List<String> listResources(String dir) {
        URL url = ContentLoader.class.getClassLoader().getResource(dir);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return names(fs.getPath(dir));
            }
            return names(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
    }
}
