/**
 * The searchable reference site: lecture notes, cards, search and verification status, served over
 * HTTP ({@link io.verideck.web.server}) or exported as static files ({@link io.verideck.web.export}).
 * Pages are rendered by {@link io.verideck.web.render} from the knowledge-base model; every piece of
 * card text is untrusted and goes through the Markdown renderer with raw HTML escaped.
 */
package io.verideck.web;
