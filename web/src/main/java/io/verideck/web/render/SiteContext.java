package io.verideck.web.render;

import io.verideck.kb.index.CardIndex;
import io.verideck.web.review.ReviewSnapshot;
import io.verideck.web.verify.VerificationReport;
import java.util.Optional;

/**
 * Everything a page is rendered from.
 *
 * @param catalog    the content, arranged
 * @param index      the search index (related cards)
 * @param report     the verifier's latest report ({@link VerificationReport#empty()} when none)
 * @param review     the review database snapshot, when one could be read
 * @param markdown   the Markdown renderer
 * @param staticSite true for the static export (search runs in the browser)
 */
public record SiteContext(Catalog catalog, CardIndex index, VerificationReport report,
                          Optional<ReviewSnapshot> review, MarkdownHtml markdown, boolean staticSite) {
}
