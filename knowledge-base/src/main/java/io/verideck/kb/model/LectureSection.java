package io.verideck.kb.model;

/**
 * One concept section of a lecture page (a {@code ##} heading and its body).
 *
 * @param anchor the explicit {@code {#anchor}} or the heading's slug; unique within the lecture
 * @param title  the heading text
 * @param body   Markdown of the section, including its {@code ###} sub-sections
 * @param line   the 1-based line of the heading
 */
public record LectureSection(String anchor, String title, String body, int line) implements java.io.Serializable {
}
