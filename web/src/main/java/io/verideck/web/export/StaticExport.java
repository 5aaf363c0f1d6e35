package io.verideck.web.export;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureSection;
import io.verideck.web.render.Links;
import io.verideck.web.render.MarkdownHtml;
import io.verideck.web.render.Pages;
import io.verideck.web.render.SnippetMath;
import io.verideck.web.render.Html;
import io.verideck.web.server.Assets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the whole site as files: pages, assets, KaTeX fonts and the prebuilt search index. */
public final class StaticExport {
    private static final int SNIPPET = 220;

    private StaticExport() {
    }

    /** What was written. */
    public record Summary(int pages, int assets, int searchDocuments) {
    }

    /**
     * Exports into {@code out} (created if needed; files of an earlier export are overwritten).
     *
     * @param pages the pages, rendered for static hosting
     */
    public static Summary write(Pages pages, Path out) throws IOException {
        Files.createDirectories(out);
        int n = 0;
        for (String path : pages.paths()) {
            var html = pages.render(path);
            if (html.isEmpty()) continue;
            write(out, path, html.get().getBytes(StandardCharsets.UTF_8));
            n++;
        }
        write(out, "404.html", pages.notFound("404.html").getBytes(StandardCharsets.UTF_8));
        Assets assets = new Assets();
        int a = 0;
        for (String p : concat(Assets.exportList(), Assets.katexFonts())) {
            var asset = assets.get(p);
            if (asset.isEmpty()) throw new IOException("asset missing from the build: " + p);
            write(out, "assets/" + p, asset.get().bytes());
            a++;
        }
        StaticAnalysis analysis = new StaticAnalysis();
        MiniSearchIndex index = searchIndex(pages, analysis);
        write(out, "search-index.json", index.toJson().getBytes(StandardCharsets.UTF_8));
        write(out, "search-analysis.json", analysisJson(analysis).getBytes(StandardCharsets.UTF_8));
        return new Summary(n, a, pages.context().catalog().library().cards().size() + sectionCount(pages));
    }

    /**
     * The browser's index: every card and lecture section, each field as the terms the server's
     * {@code CourseAnalyzer} indexes (the question/title, the answer/body with the key points, the tags).
     */
    static MiniSearchIndex searchIndex(Pages pages, StaticAnalysis analysis) {
        var cat = pages.context().catalog();
        MarkdownHtml md = pages.context().markdown();
        MiniSearchIndex index = new MiniSearchIndex();
        for (Card c : cat.library().cards()) {
            Integer lecture = c.lecture() == null ? null : c.lecture().number();
            index.addTerms("card:" + c.id(), Map.of("title", analysis.terms(c.question()),
                    "text", analysis.terms(c.answer() + "\n" + String.join("; ", c.keyPoints())),
                    "tags", analysis.terms(String.join(" ", c.tags()))),
                    stored("card", Links.card(c.id()), md.inline(c.question()), snippet(c.answer()), lecture,
                            lecture == null ? null : cat.lectureTitle(lecture)));
        }
        for (Lecture l : cat.library().lectures()) {
            for (LectureSection s : l.sections()) {
                index.addTerms("section:" + l.number() + "#" + s.anchor(), Map.of("title", analysis.terms(s.title()),
                        "text", analysis.terms(s.body()), "tags", java.util.List.of()),
                        stored("section", Links.section(l.number(), s.anchor()), md.inline(s.title()), snippet(s.body()),
                                l.number(), l.title()));
            }
        }
        return index;
    }

    /** {@code {"words": {surface: term}, "synonyms": [{"match": [[terms]], "expand": [[terms]]}]}} for {@code site.js}. */
    static String analysisJson(StaticAnalysis analysis) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        var rules = analysis.synonymRules();
        root.put("words", analysis.dictionary());
        root.put("synonyms", rules);
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(root);
    }

    private static Map<String, Object> stored(String kind, String url, String titleHtml, String snippetHtml,
                                              Integer lecture, String lectureTitle) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("url", url);
        m.put("titleHtml", titleHtml);
        m.put("snippetHtml", snippetHtml);
        m.put("lecture", lecture);
        m.put("lectureTitle", lectureTitle);
        return m;
    }

    /** The opening of a text, escaped, with its formulas marked for KaTeX. */
    static String snippet(String markdown) {
        String t = markdown.replaceAll("\\s+", " ").strip();
        if (t.length() > SNIPPET) {
            int cut = t.lastIndexOf(' ', SNIPPET);
            t = t.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET);
            if ((t.length() - t.replace("$", "").length()) % 2 == 1) t = t.substring(0, t.lastIndexOf('$'));
            t = t + " …";
        }
        return SnippetMath.mark(Html.esc(t));
    }

    private static int sectionCount(Pages pages) {
        return pages.context().catalog().library().lectures().stream().mapToInt(l -> l.sections().size()).sum();
    }

    private static java.util.List<String> concat(java.util.List<String> a, java.util.List<String> b) {
        java.util.List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void write(Path root, String relative, byte[] bytes) throws IOException {
        Path target = root.resolve(decode(relative)).normalize();
        if (!target.startsWith(root.normalize())) throw new IOException("refusing to write outside " + root + ": " + relative);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    /** Page paths are URL-encoded; the file on disk has the decoded name, which is what a static host serves. */
    private static String decode(String relative) {
        return java.net.URLDecoder.decode(relative, StandardCharsets.UTF_8);
    }
}
