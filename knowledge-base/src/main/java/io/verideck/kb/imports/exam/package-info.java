/**
 * Exam question-and-answer documents: questions are paragraphs ending in {@code ?} or starting with
 * an exam verb, answers the paragraphs after them; broken paragraphs are rejoined and author
 * placeholders such as "(explain X here)" flagged.
 */
package io.verideck.kb.imports.exam;
