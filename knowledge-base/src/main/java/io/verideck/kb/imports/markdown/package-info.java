/** Markdown Q&amp;A notes: a heading or bold line per question, or {@code Q:}/{@code A:} blocks; TeX kept. */
package io.verideck.kb.imports.markdown;
