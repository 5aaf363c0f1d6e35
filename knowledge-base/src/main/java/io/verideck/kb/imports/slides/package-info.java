/**
 * Lecture slide text extracted from PDF (source 003): lectures found by their title block, slide
 * titles inferred, progressive build slides merged, agenda slides used as section breaks,
 * tab-separated tables kept as Markdown tables. The output is lecture notes plus draft cards.
 */
package io.verideck.kb.imports.slides;
