package io.verideck.cli.kb;

import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.kb.content.Vocabulary;
import io.verideck.kb.model.Card;
import io.verideck.kb.tex.TexText;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verideck show ID}: one card, its math readable in a terminal. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one card.")
public final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "ID", description = "The card id (see 'verideck list' or 'verideck search').")
    String id;

    @Option(names = "--json", description = "Print the card as JSON (see docs/cli.md).")
    boolean json;

    @Option(names = "--tex", description = "Show the Markdown and TeX source instead of rendered text.")
    boolean tex;

    @Option(names = "--related", defaultValue = "5", paramLabel = "N", description = "Also list N related cards (default ${DEFAULT-VALUE}; 0 for none).")
    int related;

    @Override
    public Integer call() {
        Optional<Card> card = main.workspace().library().card(id);
        PrintWriter out = spec.commandLine().getOut();
        if (card.isEmpty()) {
            spec.commandLine().getErr().println("verideck: no card with id '" + id + "' (try: verideck search " + id.replace('-', ' ') + ")");
            return ExitCodes.NOTHING_FOUND;
        }
        Card c = card.get();
        if (json) {
            Map<String, Object> body = Json.envelope("card", Json.card(c));
            if (related > 0) {
                body.put("related", main.workspace().index().related(c.id(), related).stream()
                        .map(h -> Map.of("id", h.id(), "question", h.title())).toList());
            }
            out.println(Json.write(body));
            return ExitCodes.OK;
        }
        Terminal t = new Terminal(main.env());
        out.println(t.bold(tex ? c.question() : TexText.markdownToText(c.question())));
        out.println();
        out.println(tex ? c.answer() : TexText.markdownToText(c.answer()));
        if (!c.keyPoints().isEmpty()) {
            out.println();
            out.println(t.cyan("Key points"));
            for (String k : c.keyPoints()) out.println("  • " + (tex ? k : TexText.markdownToText(k)));
        }
        out.println();
        StringBuilder meta = new StringBuilder("id " + c.id() + " · deck " + c.deck());
        if (!c.tags().isEmpty()) meta.append(" · tags ").append(String.join(", ", c.tags()));
        if (c.lecture() != null) meta.append(" · lecture ").append(c.lecture());
        out.println(t.dim(meta.toString()));
        if (!c.claims().isEmpty()) {
            Vocabulary v = Vocabulary.builtin();
            StringBuilder claims = new StringBuilder("verified by");
            for (String cl : c.claims()) claims.append(' ').append(cl).append(" (").append(v.claimTitle(cl).orElse("?")).append(')');
            out.println(t.dim(claims.toString()));
        }
        if (c.formula() != null) out.println(t.dim("answer formula: " + c.formula() + "   where " + c.variables()));
        out.println(t.dim(c.location().toString()));
        if (related > 0) {
            var hits = main.workspace().index().related(c.id(), related);
            if (!hits.isEmpty()) {
                out.println();
                out.println(t.cyan("Related"));
                for (var h : hits) out.println("  " + h.id() + "  " + TexText.markdownToText(h.title()));
            }
        }
        return ExitCodes.OK;
    }
}
