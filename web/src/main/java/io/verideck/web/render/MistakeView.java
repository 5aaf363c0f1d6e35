package io.verideck.web.render;

import io.verideck.web.verify.RefutedMistake;
import java.util.List;

/**
 * One mistake of the sources as the verifier reports it: the wrong statement, the counterexample it
 * found (the input and both sides' values) and the corrected statement that held on the same input.
 */
final class MistakeView {
    private MistakeView() {
    }

    static void detail(StringBuilder sb, SiteContext ctx, RefutedMistake m, String root) {
        sb.append("<div class=\"mistake-detail\" id=\"mistake-").append(Html.esc(m.id())).append("\">\n<p><span class=\"badge mistake\">")
          .append(Html.esc(m.id())).append("</span> ");
        if (m.type() != null) sb.append("<span class=\"mistake-type\">").append(Html.esc(m.type())).append("</span> ");
        if (m.location() != null) sb.append("in <code>").append(Html.esc(m.location())).append("</code> ");
        sb.append("<span class=\"badge ").append(Html.esc(CardView.statusClass(m.status()))).append("\">").append(Html.esc(m.status()))
          .append("</span>");
        if (!m.claims().isEmpty()) {
            sb.append(" · claim");
            for (String c : m.claims()) {
                sb.append(" <a href=\"").append(root).append(Links.claim(c)).append("\">").append(Html.esc(c)).append("</a>");
            }
        }
        sb.append("</p>\n");
        if (!m.inScope()) {
            sb.append("</div>\n");
            return;
        }
        if (m.statement() != null) sb.append("<p class=\"wrong\">As written: ").append(tex(ctx, m.statement())).append("</p>\n");
        if (m.counterexample() != null) {
            RefutedMistake.Counterexample ce = m.counterexample();
            sb.append("<div class=\"counterexample\"><p>Counterexample found by the verifier:</p>\n");
            lines(sb, "inputs", ce.inputs());
            lines(sb, "as-written", ce.wrong());
            lines(sb, "corrected-check", ce.corrected());
            sb.append("</div>\n");
        } else if (m.reason() != null) {
            sb.append("<p class=\"no-numeric\">No numeric counterexample: ").append(Html.esc(m.reason())).append("</p>\n");
        }
        if (m.corrected() != null) sb.append("<p class=\"corrected\">Corrected: ").append(tex(ctx, m.corrected())).append("</p>\n");
        sb.append("</div>\n");
    }

    private static String tex(SiteContext ctx, String tex) {
        return ctx.markdown().inline("$" + tex.replace("$", "") + "$");
    }

    private static void lines(StringBuilder sb, String cls, List<String> lines) {
        if (lines.isEmpty()) return;
        sb.append("<ul class=\"").append(cls).append("\">");
        for (String l : lines) sb.append("<li><code>").append(Html.esc(l)).append("</code></li>");
        sb.append("</ul>\n");
    }
}
