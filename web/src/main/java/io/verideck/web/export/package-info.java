/**
 * The static export ({@code verideck site --out DIR}): every page as a file, the assets, and a
 * prebuilt MiniSearch index ({@code search-index.json}) that the browser loads with
 * {@code MiniSearch.loadJSON}, so search works on any static host with no server.
 */
package io.verideck.web.export;
