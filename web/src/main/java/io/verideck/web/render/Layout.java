package io.verideck.web.render;

/**
 * The page shell: head with styles and the Content-Security-Policy, the header with the search box and
 * the theme toggle, the results panel, and the scripts (all from the site itself, none inline).
 */
public final class Layout {
    /** The policy: scripts, styles, fonts and data from this origin only; nothing inline, no plugins. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; manifest-src 'self'";

    private Layout() {
    }

    /**
     * A whole page.
     *
     * @param ctx   the site
     * @param path  the page's path from the site root ({@code lectures/6.html}), for relative links
     * @param title the page title (plain text)
     * @param main  the page body (HTML, already safe)
     */
    public static String page(SiteContext ctx, String path, String title, String main) {
        String root = Links.rootFrom(path);
        StringBuilder sb = new StringBuilder(main.length() + 2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
          .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
          .append("<title>").append(Html.esc(title)).append(" · Verideck</title>\n")
          .append("<link rel=\"icon\" href=\"").append(root).append("assets/favicon.svg\" type=\"image/svg+xml\">\n")
          .append("<link rel=\"stylesheet\" href=\"").append(root).append("assets/katex/katex.min.css\">\n")
          .append("<link rel=\"stylesheet\" href=\"").append(root).append("assets/site.css\">\n")
          .append("</head>\n<body data-root=\"").append(root).append("\" data-mode=\"")
          .append(ctx.staticSite() ? "static" : "server").append("\">\n");
        header(sb, ctx, root);
        sb.append("<div id=\"results\" class=\"results\" hidden></div>\n<main id=\"main\">\n").append(main)
          .append("\n</main>\n<footer><p>Verideck · formulas checked by <code>verideck verify</code> · <a href=\"")
          .append(root).append(Links.verification()).append("\">verification status</a></p></footer>\n")
          .append("<script src=\"").append(root).append("assets/katex/katex.min.js\"></script>\n");
        if (ctx.staticSite()) sb.append("<script src=\"").append(root).append("assets/vendor/minisearch.js\"></script>\n");
        sb.append("<script src=\"").append(root).append("assets/site.js\"></script>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void header(StringBuilder sb, SiteContext ctx, String root) {
        sb.append("<header class=\"top\">\n<a class=\"brand\" href=\"").append(root).append(Links.home()).append("\">Verideck</a>\n")
          .append("<nav><a href=\"").append(root).append(Links.home()).append("#lectures\">Lectures</a>")
          .append("<a href=\"").append(root).append(Links.verification()).append("\">Verification</a>");
        if (ctx.review().isPresent()) sb.append("<a href=\"").append(root).append(Links.stats()).append("\">Stats</a>");
        sb.append("</nav>\n<form class=\"search\" role=\"search\" action=\"").append(root).append(Links.search()).append("\">")
          .append("<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search cards and notes (press /)\" ")
          .append("autocomplete=\"off\" spellcheck=\"false\" aria-label=\"Search\" aria-controls=\"results\" maxlength=\"200\">")
          .append("</form>\n<button id=\"theme-toggle\" class=\"theme-toggle\" type=\"button\" aria-label=\"Toggle dark mode\">")
          .append("◐</button>\n</header>\n");
    }
}
