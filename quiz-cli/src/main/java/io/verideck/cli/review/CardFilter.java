package io.verideck.cli.review;

import io.verideck.kb.model.Card;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which cards a session may show: drafts never; with tags, only cards carrying one of them; with
 * decks, only cards of one of them (display name or file name, case-insensitive); with query ids,
 * only those cards.
 *
 * @param tags     accepted tags (empty: any)
 * @param decks    accepted decks (empty: any)
 * @param queryIds ids matched by a search, or null for no search
 */
public record CardFilter(List<String> tags, List<String> decks, Set<String> queryIds) {
    public CardFilter {
        tags = List.copyOf(tags);
        decks = decks.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
        queryIds = queryIds == null ? null : Set.copyOf(queryIds);
    }

    /** No filter. */
    public static CardFilter all() {
        return new CardFilter(List.of(), List.of(), null);
    }

    /** True if the card may be reviewed. */
    public boolean accepts(Card c) {
        if (c.draft()) return false;
        if (!tags.isEmpty() && c.tags().stream().noneMatch(tags::contains)) return false;
        if (!decks.isEmpty() && !decks.contains(c.deck().toLowerCase(Locale.ROOT)) && !decks.contains(deckFile(c))) {
            return false;
        }
        return queryIds == null || queryIds.contains(c.id());
    }

    private static String deckFile(Card c) {
        String f = c.location().file();
        String name = f.substring(f.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT).replaceFirst("\\.md$", "");
    }
}
