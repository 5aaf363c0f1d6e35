/**
 * Flashcard text dumps such as source 001: a long layout (number, {@code Q}, question, {@code A},
 * answer, a 1..5 self-rating scale) and a compact three-line layout, possibly in one file.
 */
package io.verideck.kb.imports.flashcards;
