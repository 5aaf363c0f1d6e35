package io.verideck.web.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The site's URL scheme, relative to the site root. The same paths serve the live site and name the
 * files of the static export, so every link works in both.
 */
public final class Links {
    private Links() {
    }

    public static String home() {
        return "index.html";
    }

    public static String lecture(int n) {
        return "lectures/" + n + ".html";
    }

    public static String section(int n, String anchor) {
        return lecture(n) + (anchor == null ? "" : "#" + anchor);
    }

    public static String card(String id) {
        return "cards/" + segment(id) + ".html";
    }

    public static String tag(String tag) {
        return "tags/" + segment(tag) + ".html";
    }

    public static String search() {
        return "search.html";
    }

    public static String verification() {
        return "verification.html";
    }

    public static String claim(String id) {
        return verification() + "#claim-" + segment(id);
    }

    public static String stats() {
        return "stats.html";
    }

    /** A path segment that is safe as a URL part and a file name. */
    public static String segment(String s) {
        String e = URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        return e.startsWith(".") ? "%2E" + e.substring(1) : e;
    }

    /** The relative prefix from a page at {@code path} back to the site root. */
    public static String rootFrom(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
