package io.verideck.kb.index;

import java.util.List;

/**
 * One search result.
 *
 * @param kind        {@code card} or {@code section}
 * @param id          the card id, or {@code N#anchor} for a lecture section
 * @param title       the card's question or the section's heading
 * @param snippetHtml a passage of the text with matches in {@code <mark>}, HTML-escaped
 * @param snippetText the same passage as plain text
 * @param tags        the card's tags (empty for sections)
 * @param lecture     the lecture number, or null
 * @param section     the lecture section anchor, or null
 * @param score       the relevance score (higher is better; comparable within one search only)
 */
public record SearchHit(String kind, String id, String title, String snippetHtml, String snippetText,
                        List<String> tags, Integer lecture, String section, float score) {
    public SearchHit {
        tags = List.copyOf(tags);
    }
}
