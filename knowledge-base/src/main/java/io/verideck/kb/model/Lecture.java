package io.verideck.kb.model;

import java.util.List;

/**
 * One lecture's notes.
 *
 * @param number   1..13
 * @param title    the title from the front matter
 * @param file     the file as the user knows it
 * @param intro    Markdown before the first section
 * @param sections one per concept, in file order
 */
public record Lecture(int number, String title, String file, String intro, List<LectureSection> sections) implements java.io.Serializable {
    public Lecture {
        sections = List.copyOf(sections);
    }
}
