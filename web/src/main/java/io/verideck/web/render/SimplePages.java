package io.verideck.web.render;

import io.verideck.kb.model.Card;
import java.util.List;

/** The small pages: a tag's cards, the search page and "not found". */
final class SimplePages {
    private SimplePages() {
    }

    static String tag(SiteContext ctx, String tag, List<Card> cards, String root) {
        StringBuilder sb = new StringBuilder("<h1>Topic: ").append(Html.esc(tag)).append("</h1>\n");
        String meaning = ctx.catalog().vocabulary().tags().get(tag);
        if (meaning != null && !meaning.isBlank()) sb.append("<p class=\"lead\">").append(Html.esc(meaning)).append("</p>\n");
        sb.append("<p>").append(cards.size()).append(cards.size() == 1 ? " card" : " cards").append(".</p>\n");
        for (Card c : cards) sb.append(CardView.summary(ctx, c, root));
        return sb.toString();
    }

    static String search() {
        return "<h1>Search</h1>\n<p class=\"lead\" id=\"search-help\">Type in the search box above. Words are stemmed "
                + "(<em>normalizing</em> finds <em>normalization</em>), abbreviations expand (<em>SGD</em>, <em>BN</em>), "
                + "TeX works (<code>\\nabla</code>), and <code>\"quotes\"</code>, <code>AND</code>, <code>OR</code>, "
                + "<code>NOT</code> work as usual. <kbd>↑</kbd> <kbd>↓</kbd> and <kbd>Enter</kbd> open a result.</p>\n";
    }

    static String notFound(String root) {
        return "<h1>Not found</h1>\n<p>There is no page here. Try the search box, or go to the <a href=\""
                + root + Links.home() + "\">home page</a>.</p>\n";
    }
}
