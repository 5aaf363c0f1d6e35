package io.verideck.kb.content;

/**
 * One content file's text and the name it is reported under.
 *
 * @param name the path as the user knows it ({@code content/decks/losses.md})
 * @param text the decoded text, or null if it could not be decoded
 * @param error why it could not be read, or null
 * @param errorLine the line the error points at (1 when it concerns the whole file)
 */
public record ContentFile(String name, String text, String error, int errorLine) {
    static ContentFile ok(String name, String text) {
        return new ContentFile(name, text, null, 0);
    }

    static ContentFile failed(String name, String error, int line) {
        return new ContentFile(name, null, error, line);
    }
}
