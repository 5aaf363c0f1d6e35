package io.verideck.web.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The site's static files from the class path: {@code assets/katex/...} from the KaTeX webjar, the rest
 * from {@code io/verideck/web/assets/}. Only plain file names with a known extension are served, so a
 * path can neither climb out ({@code ..}) nor list a directory.
 */
public final class Assets {
    private static final String OWN = "io/verideck/web/assets/";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf", "txt", "text/plain; charset=utf-8",
            "json", "application/json");
    private static final String KATEX = katexRoot();

    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    /** A file's bytes and media type. */
    public record Asset(byte[] bytes, String type) {
    }

    /** The asset under {@code assets/} for a path such as {@code site.css} or {@code katex/katex.min.js}. */
    public Optional<Asset> get(String path) {
        return cache.computeIfAbsent(path, Assets::load);
    }

    /** Every file the site needs for the static export, as paths under {@code assets/}. */
    public static List<String> exportList() {
        return List.of("site.css", "site.js", "favicon.svg", "vendor/minisearch.js", "vendor/minisearch-LICENSE.txt",
                "katex/katex.min.css", "katex/katex.min.js", "katex/LICENSE.txt");
    }

    /** KaTeX's font files (referenced from its CSS) for the static export. */
    public static List<String> katexFonts() {
        List<String> out = new java.util.ArrayList<>();
        for (String f : List.of("AMS-Regular", "Caligraphic-Bold", "Caligraphic-Regular", "Fraktur-Bold", "Fraktur-Regular",
                "Main-Bold", "Main-BoldItalic", "Main-Italic", "Main-Regular", "Math-BoldItalic", "Math-Italic",
                "SansSerif-Bold", "SansSerif-Italic", "SansSerif-Regular", "Script-Regular", "Size1-Regular",
                "Size2-Regular", "Size3-Regular", "Size4-Regular", "Typewriter-Regular")) {
            for (String ext : List.of("woff2", "woff", "ttf")) out.add("katex/fonts/KaTeX_" + f + "." + ext);
        }
        return out;
    }

    private static Optional<Asset> load(String path) {
        if (path.length() > 200 || !SAFE.matcher(path).matches() || path.contains("..")) return Optional.empty();
        int dot = path.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(path.substring(dot + 1));
        if (type == null) return Optional.empty();
        String resource;
        if (path.equals("katex/LICENSE.txt")) resource = KATEX + "LICENSE";
        else if (path.startsWith("katex/")) resource = KATEX + "dist/" + path.substring("katex/".length());
        else resource = OWN + path;
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            return Optional.of(new Asset(in.readAllBytes(), type));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String katexRoot() {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars.npm/katex/pom.properties")) {
            if (in == null) throw new IllegalStateException("the KaTeX webjar is missing from the class path");
            Properties p = new Properties();
            p.load(in);
            return "META-INF/resources/webjars/katex/" + p.getProperty("version") + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
