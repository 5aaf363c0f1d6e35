package io.verideck.web.render;

import io.verideck.kb.model.Card;
import io.verideck.web.review.ReviewSnapshot;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The home page: lectures, topics with card counts, review panels when a review database exists. */
final class HomePage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private HomePage() {
    }

    static String render(SiteContext ctx) {
        Catalog cat = ctx.catalog();
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>Deep learning, checked</h1>\n<p class=\"lead\">")
          .append(cat.library().cards().size()).append(" cards across ").append(cat.lectureNumbers().size())
          .append(" lectures. Type in the search box, or press <kbd>/</kbd>.</p>\n");
        ctx.review().ifPresent(r -> review(sb, ctx, r));
        sb.append("<section id=\"lectures\">\n<h2>Lectures</h2>\n<ol class=\"lectures\">\n");
        for (int n : cat.lectureNumbers()) {
            int cards = cat.cardsOfLecture(n).size();
            sb.append("<li value=\"").append(n).append("\"><a href=\"").append(Links.lecture(n)).append("\">")
              .append(ctx.markdown().inline(cat.lectureTitle(n))).append("</a> <span class=\"count\">")
              .append(cards).append(cards == 1 ? " card" : " cards").append("</span></li>\n");
        }
        sb.append("</ol>\n</section>\n<section id=\"topics\">\n<h2>Topics</h2>\n<ul class=\"topics\">\n");
        for (Map.Entry<String, List<Card>> e : cat.cardsByTag().entrySet()) {
            sb.append("<li><a class=\"tag\" href=\"").append(Links.tag(e.getKey())).append("\">").append(Html.esc(e.getKey()))
              .append("</a> <span class=\"count\">").append(e.getValue().size()).append("</span></li>\n");
        }
        sb.append("</ul>\n</section>\n");
        return sb.toString();
    }

    private static void review(StringBuilder sb, SiteContext ctx, ReviewSnapshot r) {
        sb.append("<section id=\"review\" class=\"panels\">\n<div class=\"panel\"><h2>Due now</h2>\n");
        if (r.due().isEmpty()) sb.append("<p>Nothing is due. Well done.</p>\n");
        else {
            sb.append("<ul>\n");
            for (ReviewSnapshot.Due d : r.due()) item(sb, ctx, d.cardId(), "due " + WHEN.format(d.due()));
            sb.append("</ul>\n");
        }
        sb.append("</div>\n<div class=\"panel\"><h2>Recently reviewed</h2>\n<ul>\n");
        for (ReviewSnapshot.Reviewed v : r.recent()) item(sb, ctx, v.cardId(), WHEN.format(v.at()));
        sb.append("</ul>\n<p><a href=\"").append(Links.stats()).append("\">Review statistics</a></p>\n</div>\n</section>\n");
    }

    private static void item(StringBuilder sb, SiteContext ctx, String id, String note) {
        var card = ctx.catalog().library().card(id);
        sb.append("<li>");
        if (card.isPresent()) {
            sb.append("<a href=\"").append(Links.card(id)).append("\">").append(ctx.markdown().inline(card.get().question())).append("</a>");
        } else {
            sb.append(Html.esc(id));
        }
        sb.append(" <span class=\"when\">").append(Html.esc(note)).append("</span></li>\n");
    }
}
