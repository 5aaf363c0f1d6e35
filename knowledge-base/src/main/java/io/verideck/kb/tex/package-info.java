/**
 * TeX in cards: finding the {@code $...$} and {@code $$...$$} spans of a Markdown text, and turning
 * TeX into readable Unicode for a terminal ({@code \sigma(z)} as {@code σ(z)}, {@code x^{(i)}} as
 * {@code x⁽ⁱ⁾}, {@code \frac{a}{b}} as {@code a/b}).
 */
package io.verideck.kb.tex;
