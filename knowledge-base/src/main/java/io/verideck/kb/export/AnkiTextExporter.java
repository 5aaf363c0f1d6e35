package io.verideck.kb.export;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import java.util.List;

/**
 * Anki's plain-text import format: {@code #separator:tab}, {@code #html:true}, {@code #guid column},
 * {@code #deck column} and {@code #tags column} headers, then one tab-separated note per line.
 * The guid column holds the Verideck card id, so importing the file again updates the notes.
 */
public final class AnkiTextExporter {
    private AnkiTextExporter() {
    }

    public static String export(List<Deck> decks) {
        StringBuilder b = new StringBuilder("#separator:tab\n#html:true\n#guid column:1\n#deck column:2\n#tags column:5\n");
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                b.append(field(c.id())).append('\t').append(field(ApkgExporter.ankiDeckName(d.name()))).append('\t')
                        .append(field(AnkiHtml.of(c.question()))).append('\t').append(field(AnkiHtml.of(c.answer())))
                        .append('\t').append(field(String.join(" ", c.tags()))).append('\n');
            }
        }
        return b.toString();
    }

    /** Quotes a field that holds a tab, a quote or a line break. */
    static String field(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
