/**
 * What the site shows: the built-in content plus the user's decks, the search index over both, the
 * verifier's report and the review database, each opened once and refreshed when its file changes.
 */
package io.verideck.web.data;
