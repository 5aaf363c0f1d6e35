package io.verideck.web.render;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureSection;
import io.verideck.kb.parse.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A lecture: its sections with an anchor on every heading, the cards of each section, the cards of
 * the lecture that name no section, and links to the previous and next lecture.
 */
final class LecturePage {
    private LecturePage() {
    }

    static String render(SiteContext ctx, int n, String root) {
        Catalog cat = ctx.catalog();
        Lecture lecture = cat.lecture(n).orElse(null);
        Map<String, List<Card>> bySection = new LinkedHashMap<>();
        List<Card> loose = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        if (lecture != null) for (LectureSection s : lecture.sections()) anchors.add(s.anchor());
        for (Card c : cat.cardsOfLecture(n)) {
            String a = c.lecture().anchor();
            if (a != null && anchors.contains(a)) bySection.computeIfAbsent(a, k -> new ArrayList<>()).add(c);
            else loose.add(c);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<article class=\"lecture\">\n<p class=\"kicker\">Lecture ").append(n).append("</p>\n<h1 id=\"top\">")
          .append(ctx.markdown().inline(cat.lectureTitle(n))).append("</h1>\n");
        if (lecture != null) {
            sb.append(ctx.markdown().block(lecture.intro()));
            toc(sb, ctx, lecture);
            Set<String> used = new HashSet<>(anchors);
            used.add("top");
            for (LectureSection s : lecture.sections()) {
                sb.append("<section class=\"concept\">\n<h2 id=\"").append(Html.esc(s.anchor())).append("\">")
                  .append(ctx.markdown().inline(s.title())).append(anchorLink(s.anchor())).append("</h2>\n")
                  .append(subHeadingAnchors(ctx.markdown().block(s.body()), s.anchor(), used));
                List<Card> cards = bySection.getOrDefault(s.anchor(), List.of());
                if (!cards.isEmpty()) {
                    sb.append("<div class=\"section-cards\"><h3 class=\"cards-title\">Cards</h3>\n");
                    for (Card c : cards) sb.append(CardView.summary(ctx, c, root));
                    sb.append("</div>\n");
                }
                sb.append("</section>\n");
            }
        } else {
            sb.append("<p>The notes of this lecture are not written yet; its cards are below.</p>\n");
        }
        if (!loose.isEmpty()) {
            sb.append("<section class=\"concept\">\n<h2 id=\"more-cards\">More cards on this lecture")
              .append(anchorLink("more-cards")).append("</h2>\n");
            for (Card c : loose) sb.append(CardView.summary(ctx, c, root));
            sb.append("</section>\n");
        }
        sb.append("</article>\n");
        prevNext(sb, ctx, n, root);
        return sb.toString();
    }

    private static void toc(StringBuilder sb, SiteContext ctx, Lecture lecture) {
        if (lecture.sections().isEmpty()) return;
        sb.append("<nav class=\"toc\" aria-label=\"Sections\"><ol>\n");
        for (LectureSection s : lecture.sections()) {
            sb.append("<li><a href=\"#").append(Html.esc(s.anchor())).append("\">").append(ctx.markdown().inline(s.title())).append("</a></li>\n");
        }
        sb.append("</ol></nav>\n");
    }

    static String anchorLink(String id) {
        return " <a class=\"anchor\" href=\"#" + Html.esc(id) + "\" aria-label=\"Link to this heading\">#</a>";
    }

    /** Gives every heading inside a section body a unique id and a link to itself. */
    static String subHeadingAnchors(String html, String prefix, Set<String> used) {
        if (!html.contains("<h")) return html;
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            String base = prefix + "-" + Slugs.of(h.text());
            String id = base;
            for (int i = 2; !used.add(id); i++) id = base + "-" + i;
            h.attr("id", id);
            h.append(anchorLink(id));
        }
        return doc.body().html();
    }

    private static void prevNext(StringBuilder sb, SiteContext ctx, int n, String root) {
        SortedSet<Integer> all = ctx.catalog().lectureNumbers();
        SortedSet<Integer> before = all.headSet(n);
        SortedSet<Integer> after = all.tailSet(n + 1);
        sb.append("<nav class=\"prev-next\">");
        if (!before.isEmpty()) {
            int p = before.last();
            sb.append("<a rel=\"prev\" href=\"").append(root).append(Links.lecture(p)).append("\">← Lecture ").append(p).append(": ")
              .append(ctx.markdown().inline(ctx.catalog().lectureTitle(p))).append("</a>");
        }
        if (!after.isEmpty()) {
            int x = after.first();
            sb.append("<a rel=\"next\" href=\"").append(root).append(Links.lecture(x)).append("\">Lecture ").append(x).append(": ")
              .append(ctx.markdown().inline(ctx.catalog().lectureTitle(x))).append(" →</a>");
        }
        sb.append("</nav>\n");
    }
}
