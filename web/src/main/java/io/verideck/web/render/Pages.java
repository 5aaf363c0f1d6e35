package io.verideck.web.render;

import io.verideck.kb.model.Card;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every page of the site by path ({@code index.html}, {@code lectures/6.html}, {@code cards/ID.html},
 * {@code tags/TAG.html}, {@code search.html}, {@code verification.html}, {@code stats.html}).
 */
public final class Pages {
    private static final Pattern LECTURE = Pattern.compile("lectures/(\\d{1,3})\\.html");
    private static final Pattern CARD = Pattern.compile("cards/([^/]+)\\.html");
    private static final Pattern TAG = Pattern.compile("tags/([^/]+)\\.html");

    private final SiteContext ctx;
    private final LocalDate today;

    public Pages(SiteContext ctx, LocalDate today) {
        this.ctx = ctx;
        this.today = today;
    }

    public SiteContext context() {
        return ctx;
    }

    /** The page at a path relative to the site root, or empty when there is none. */
    public Optional<String> render(String path) {
        String root = Links.rootFrom(path);
        switch (path) {
            case "index.html" -> {
                return Optional.of(Layout.page(ctx, path, "Home", HomePage.render(ctx)));
            }
            case "search.html" -> {
                return Optional.of(Layout.page(ctx, path, "Search", SimplePages.search()));
            }
            case "verification.html" -> {
                return Optional.of(Layout.page(ctx, path, "Verification", VerificationPage.render(ctx)));
            }
            case "stats.html" -> {
                return Optional.of(Layout.page(ctx, path, "Review statistics", StatsPage.render(ctx, today)));
            }
            default -> {
                // matched below
            }
        }
        Matcher m = LECTURE.matcher(path);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            if (!ctx.catalog().lectureNumbers().contains(n)) return Optional.empty();
            return Optional.of(Layout.page(ctx, path, "Lecture " + n + ": " + ctx.catalog().lectureTitle(n), LecturePage.render(ctx, n, root)));
        }
        m = CARD.matcher(path);
        if (m.matches()) {
            for (Card c : ctx.catalog().library().cards()) {
                if (Links.card(c.id()).equals(path)) {
                    return Optional.of(Layout.page(ctx, path, plain(c.question()), CardPage.render(ctx, c, root)));
                }
            }
            return Optional.empty();
        }
        m = TAG.matcher(path);
        if (m.matches()) {
            for (var e : ctx.catalog().cardsByTag().entrySet()) {
                if (Links.tag(e.getKey()).equals(path)) {
                    return Optional.of(Layout.page(ctx, path, "Topic " + e.getKey(), SimplePages.tag(ctx, e.getKey(), e.getValue(), root)));
                }
            }
        }
        return Optional.empty();
    }

    /** The "not found" page for a path. */
    public String notFound(String path) {
        return Layout.page(ctx, path, "Not found", SimplePages.notFound(Links.rootFrom(path)));
    }

    /** Every page path, for the static export (cards and tags whose name is not a plain file name are left out). */
    public List<String> paths() {
        List<String> out = new ArrayList<>(List.of("index.html", "search.html", "verification.html", "stats.html"));
        for (int n : ctx.catalog().lectureNumbers()) out.add(Links.lecture(n));
        for (Card c : ctx.catalog().library().cards()) if (plainName(c.id())) out.add(Links.card(c.id()));
        for (String t : ctx.catalog().cardsByTag().keySet()) if (plainName(t)) out.add(Links.tag(t));
        return out;
    }

    /** Whether a card id or tag can name a file as it is (the export skips any other). */
    static boolean plainName(String s) {
        return s.matches("[A-Za-z0-9][A-Za-z0-9_-]*");
    }

    /** A title without Markdown or TeX delimiters, for {@code <title>}. */
    static String plain(String markdown) {
        String s = markdown.replaceAll("[*_`$]", "");
        return s.length() > 90 ? s.substring(0, 87) + "..." : s;
    }
}
