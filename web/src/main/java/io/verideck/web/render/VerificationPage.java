package io.verideck.web.render;

import io.verideck.web.verify.ClaimResult;
import io.verideck.web.verify.VerificationReport;
import java.util.Map;
import java.util.Optional;

/** Every claim with its status, the error distribution, and the refuted mistakes. */
final class VerificationPage {
    private VerificationPage() {
    }

    static String render(SiteContext ctx) {
        VerificationReport report = ctx.report();
        Map<String, String> claims = ctx.catalog().claimTitles();
        for (String id : report.claims().keySet()) claims.putIfAbsent(id, "");
        long passed = report.claims().values().stream().filter(ClaimResult::passed).count();
        long failed = report.claims().values().stream().filter(r -> "failed".equals(r.status())).count();
        StringBuilder sb = new StringBuilder("<h1>Verification</h1>\n");
        if (!report.exists()) {
            sb.append("<p class=\"lead\">No verification report yet: every claim shows as <em>not yet verified</em>. ")
              .append("Run <code>verideck verify --json</code> to check them.</p>\n");
        } else {
            sb.append("<p class=\"lead\">").append(passed).append(" of ").append(claims.size()).append(" claims passed, ")
              .append(failed).append(" failed. Report generated ").append(Html.esc(report.generated())).append(".</p>\n")
              .append("<h2 id=\"errors\">Error distribution").append(LecturePage.anchorLink("errors")).append("</h2>\n")
              .append(ErrorChart.svg(report.sortedClaims()));
        }
        sb.append("<h2 id=\"claims\">Claims").append(LecturePage.anchorLink("claims")).append("</h2>\n")
          .append("<div class=\"table-wrap\"><table class=\"claims\">\n<thead><tr><th>Id</th><th>Claim</th><th>Status</th>")
          .append("<th>Tries</th><th>Max abs. error</th><th>Max rel. error</th><th>Seed</th><th>ms</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, String> e : claims.entrySet()) {
            Optional<ClaimResult> r = report.claim(e.getKey());
            sb.append("<tr id=\"claim-").append(Html.esc(e.getKey())).append("\"><td>").append(Html.esc(e.getKey())).append("</td><td>")
              .append(ctx.markdown().inline(e.getValue()));
            if (r.isPresent() && r.get().statement() != null) {
                sb.append("<br>").append(ctx.markdown().inline("$" + r.get().statement().replace("$", "") + "$"));
            }
            if (r.isPresent() && r.get().failure() != null) {
                sb.append("<br><span class=\"failure\">").append(Html.esc(r.get().failure())).append("</span>");
                if (r.get().reproduce() != null) sb.append("<br><code>").append(Html.esc(r.get().reproduce())).append("</code>");
            }
            sb.append("</td>");
            if (r.isPresent()) {
                ClaimResult x = r.get();
                sb.append("<td><span class=\"badge ").append(CardView.statusClass(x.status())).append("\">").append(Html.esc(x.status()))
                  .append("</span></td><td>").append(x.tries()).append("</td><td>").append(Numbers.sci(x.maxAbsError())).append("</td><td>")
                  .append(Numbers.sci(x.maxRelError())).append("</td><td><code>").append(Html.esc(x.seed())).append("</code></td><td>")
                  .append(x.millis()).append("</td>");
            } else {
                sb.append("<td colspan=\"6\"><span class=\"badge unverified\">not yet verified</span></td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></div>\n");
        if (!report.refuted().isEmpty()) {
            sb.append("<h2 id=\"refuted\">Refuted mistakes").append(LecturePage.anchorLink("refuted")).append("</h2>\n<section class=\"refuted\">\n");
            report.refuted().values().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(m -> MistakeView.detail(sb, ctx, m, ""));
            sb.append("</section>\n");
        }
        return sb.toString();
    }
}
