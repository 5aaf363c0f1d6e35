package io.verideck.web.render;

import io.verideck.kb.index.SearchHit;
import io.verideck.kb.model.Card;
import io.verideck.web.verify.ClaimResult;
import java.util.List;
import java.util.Optional;

/** One card: question, answer, key points, tags, the claims behind it with their status, related cards. */
final class CardPage {
    private CardPage() {
    }

    static String render(SiteContext ctx, Card c, String root) {
        Catalog cat = ctx.catalog();
        StringBuilder sb = new StringBuilder();
        sb.append("<article class=\"card-page\">\n<p class=\"kicker\">").append(Html.esc(c.deck()));
        if (c.lecture() != null) {
            sb.append(" · <a href=\"").append(root).append(Links.section(c.lecture().number(), c.lecture().anchor()))
              .append("\">Lecture ").append(c.lecture().number()).append(": ")
              .append(ctx.markdown().inline(cat.lectureTitle(c.lecture().number()))).append("</a>");
        }
        if (c.draft()) sb.append(" · <span class=\"badge unverified\">draft</span>");
        sb.append("</p>\n<h1 class=\"q\">").append(ctx.markdown().inline(c.question())).append("</h1>\n")
          .append("<div class=\"answer\">").append(ctx.markdown().block(c.answer())).append("</div>\n");
        if (!c.keyPoints().isEmpty()) {
            sb.append("<h2 id=\"key-points\">Key points</h2>\n<ul class=\"key-points\">\n");
            for (String k : c.keyPoints()) sb.append("<li>").append(ctx.markdown().inline(k)).append("</li>\n");
            sb.append("</ul>\n");
        }
        CardView.tags(sb, c.tags(), root);
        claims(sb, ctx, c, root);
        sourceMistakes(sb, ctx, c, root);
        if (!c.refutes().isEmpty()) {
            sb.append("<h2 id=\"mistakes\">Mistakes this card corrects</h2>\n");
            CardView.refutes(sb, ctx, c, root);
        }
        related(sb, ctx, c, root);
        sb.append("<p class=\"source\">Source: <code>").append(Html.esc(c.location().toString())).append("</code> · id <code>")
          .append(Html.esc(c.id())).append("</code></p>\n</article>\n");
        return sb.toString();
    }

    private static void claims(StringBuilder sb, SiteContext ctx, Card c, String root) {
        List<String> ids = ctx.catalog().claimIds(c);
        if (ids.isEmpty()) return;
        sb.append("<h2 id=\"claims\">Checked formulas</h2>\n<div class=\"table-wrap\"><table class=\"claims\">\n")
          .append("<thead><tr><th>Claim</th><th>Status</th><th>Tries</th><th>Max abs. error</th><th>Max rel. error</th>")
          .append("<th>Seed</th><th>Checked</th></tr></thead>\n<tbody>\n");
        for (String id : ids) {
            Optional<ClaimResult> r = ctx.report().claim(id);
            String title = ctx.catalog().vocabulary().claimTitle(id).orElse("");
            sb.append("<tr><td><a href=\"").append(root).append(Links.claim(id)).append("\">").append(Html.esc(id)).append("</a> ")
              .append(ctx.markdown().inline(title)).append("</td>");
            if (r.isPresent()) {
                ClaimResult x = r.get();
                sb.append("<td><span class=\"badge ").append(CardView.statusClass(x.status())).append("\">").append(Html.esc(x.status()))
                  .append("</span></td><td>").append(x.tries()).append("</td><td>").append(Numbers.sci(x.maxAbsError()))
                  .append("</td><td>").append(Numbers.sci(x.maxRelError())).append("</td><td><code>").append(Html.esc(x.seed()))
                  .append("</code></td><td>").append(Html.esc(ctx.report().generated())).append("</td>");
            } else {
                sb.append("<td colspan=\"6\"><span class=\"badge unverified\">not yet verified</span></td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></div>\n");
    }

    /** The sources' mistakes about the claims this card names, with the verifier's counterexample. */
    private static void sourceMistakes(StringBuilder sb, SiteContext ctx, Card c, String root) {
        List<io.verideck.web.verify.RefutedMistake> found = ctx.catalog().claimIds(c).stream()
                .flatMap(id -> ctx.report().mistakesAbout(id).stream()).distinct().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        if (found.isEmpty()) return;
        sb.append("<h2 id=\"source-mistakes\">Mistakes in the sources about these formulas</h2>\n<section class=\"source-mistakes\">\n");
        for (var m : found) MistakeView.detail(sb, ctx, m, root);
        sb.append("</section>\n");
    }

    private static void related(StringBuilder sb, SiteContext ctx, Card c, String root) {
        List<SearchHit> hits = ctx.index().related(c.id(), 5);
        if (hits.isEmpty()) return;
        sb.append("<h2 id=\"related\">Related cards</h2>\n<ul class=\"related\">\n");
        for (SearchHit h : hits) {
            var other = ctx.catalog().library().card(h.id());
            sb.append("<li><a href=\"").append(root).append(Links.card(h.id())).append("\">")
              .append(other.isPresent() ? ctx.markdown().inline(other.get().question()) : Html.esc(h.title())).append("</a></li>\n");
        }
        sb.append("</ul>\n");
    }
}
