/**
 * HTML pages from the content model.
 *
 * <p>Card and lecture text is untrusted (imported decks come from anywhere). {@link
 * io.verideck.web.render.MarkdownHtml} takes TeX out before Markdown sees it (so {@code _} and
 * {@code *} in formulas stay TeX), renders Markdown with raw HTML escaped and unsafe URLs dropped,
 * puts the TeX back as escaped text in {@code <span class="math">} for KaTeX to typeset in the browser,
 * and finally cleans the result against a jsoup safelist. Page chrome is built with {@link
 * io.verideck.web.render.Html}, which escapes every value it is given.
 *
 * <p>Links are relative ({@link io.verideck.web.render.Links}) so the static export works from any
 * directory or host.
 */
package io.verideck.web.render;
