/** Deterministic benchmark inputs (10,000-note Anki text export and .apkg) and the import timer run by bench/import.sh. */
package io.verideck.kb.imports.bench;
