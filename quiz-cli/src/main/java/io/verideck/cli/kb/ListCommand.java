package io.verideck.cli.kb;

import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.kb.model.Card;
import io.verideck.kb.tex.TexText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verideck list [--tag T]}: card ids and questions. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List cards, optionally by tag or deck.")
public final class ListCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;
    @ParentCommand
    Main main;

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Only cards with this tag (repeat for any of several).")
    List<String> tags;

    @Option(names = "--deck", paramLabel = "NAME", description = "Only cards of this deck (name or file name).")
    String deck;

    @Option(names = "--drafts", description = "Include draft cards.")
    boolean drafts;

    @Option(names = "--json", description = "Print the cards as JSON (see docs/cli.md).")
    boolean json;

    @Override
    public Integer call() {
        List<Card> cards = main.workspace().library().cards().stream()
                .filter(c -> drafts || !c.draft())
                .filter(c -> tags == null || c.tags().stream().anyMatch(tags::contains))
                .filter(c -> deck == null || c.deck().equalsIgnoreCase(deck) || c.location().file().endsWith("/" + deck + ".md")
                        || c.location().file().endsWith("/" + deck))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> body = Json.envelope("cards", Json.cards(cards));
            out.println(Json.write(body));
        } else {
            int width = cards.stream().mapToInt(c -> c.id().length()).max().orElse(10);
            for (Card c : cards) {
                out.println(String.format("%-" + width + "s  %s", c.id(), TexText.markdownToText(c.question())));
            }
            if (cards.isEmpty()) spec.commandLine().getErr().println("no cards match");
        }
        return cards.isEmpty() ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
    }
}
