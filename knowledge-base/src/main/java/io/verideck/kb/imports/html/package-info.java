/**
 * HTML Q&amp;A pages: headings, {@code <details>}/{@code <summary>} answers and definition lists,
 * with math recovered from KaTeX/MathJax markup and everything else sanitised by a jsoup safelist.
 */
package io.verideck.kb.imports.html;
