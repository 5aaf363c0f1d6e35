package io.verideck.cli.review;

import io.verideck.kb.model.Card;
import io.verideck.kb.tex.TexText;

/** A card's question and answer as terminal text (math rendered by the knowledge base's TeX-to-text). */
final class CardText {
    private CardText() {
    }

    static String question(Card c) {
        return render(c.question());
    }

    static String answer(Card c) {
        return render(c.answer());
    }

    static String render(String markdown) {
        return TexText.markdownToText(markdown).strip();
    }
}
