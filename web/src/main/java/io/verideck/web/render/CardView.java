package io.verideck.web.render;

import io.verideck.kb.model.Card;
import io.verideck.web.verify.RefutedMistake;
import java.util.List;
import java.util.Optional;

/** A card as a block on lecture and tag pages, and the pieces the card page shares with it. */
final class CardView {
    private CardView() {
    }

    /** The card's question, its answer folded away, its tags and the mistakes it corrects. */
    static String summary(SiteContext ctx, Card c, String root) {
        StringBuilder sb = new StringBuilder();
        sb.append("<article class=\"card\" id=\"card-").append(Html.esc(c.id())).append("\">\n<h3 class=\"q\"><a href=\"")
          .append(root).append(Links.card(c.id())).append("\">").append(ctx.markdown().inline(c.question())).append("</a></h3>\n")
          .append("<details><summary>Answer</summary>\n<div class=\"answer\">").append(ctx.markdown().block(c.answer()))
          .append("</div>\n</details>\n");
        tags(sb, c.tags(), root);
        refutes(sb, ctx, c, root);
        sb.append("</article>\n");
        return sb.toString();
    }

    static void tags(StringBuilder sb, List<String> tags, String root) {
        if (tags.isEmpty()) return;
        sb.append("<p class=\"tags\">");
        for (String t : tags) {
            sb.append("<a class=\"tag\" href=\"").append(root).append(Links.tag(t)).append("\">").append(Html.esc(t)).append("</a> ");
        }
        sb.append("</p>\n");
    }

    /** The mistakes a card corrects, with what the verifier says about each. */
    static void refutes(StringBuilder sb, SiteContext ctx, Card c, String root) {
        if (c.refutes().isEmpty()) return;
        sb.append("<ul class=\"refutes\">");
        for (String id : c.refutes()) {
            Optional<RefutedMistake> m = ctx.report().mistake(id);
            sb.append("<li><span class=\"badge mistake\">corrects ").append(Html.esc(id)).append("</span> ");
            if (m.isPresent()) {
                if (m.get().statement() != null) {
                    sb.append("the wrong statement ").append(ctx.markdown().inline("$" + m.get().statement().replace("$", "") + "$")).append(' ');
                }
                sb.append("<span class=\"badge ").append(Html.esc(statusClass(m.get().status()))).append("\">")
                  .append(Html.esc(m.get().status())).append(" by the verifier</span>");
                if (m.get().claim() != null) {
                    sb.append(" (see claim <a href=\"").append(root).append(Links.claim(m.get().claim())).append("\">")
                      .append(Html.esc(m.get().claim())).append("</a>)");
                }
            } else {
                sb.append("<span class=\"badge unverified\">not yet verified</span>");
            }
            sb.append("</li>");
        }
        sb.append("</ul>\n");
    }

    /** The CSS class of a status badge. */
    static String statusClass(String status) {
        if (status == null) return "unverified";
        return switch (status) {
            case "passed", "refuted" -> "passed";
            case "failed" -> "failed";
            case "not-executable" -> "skipped";
            default -> "unverified";
        };
    }
}
