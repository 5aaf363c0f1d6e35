package io.verideck.cli.kb;

import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.cli.UserError;
import io.verideck.kb.index.CardIndex;
import io.verideck.kb.index.QuerySyntaxException;
import io.verideck.kb.index.SearchHit;
import io.verideck.kb.tex.TexText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verideck search QUERY}: cards and lecture sections, best first, with snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search cards and lecture notes.",
            "Query syntax: words, \"phrases\", AND/OR/NOT, field:word (question, answer, tags, keypoints);",
            "TeX works too (\\nabla, \\mathcal{H}_n). Typos are tolerated when nothing matches exactly."})
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> words;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Maximum number of results (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--cards-only", description = "Only cards, no lecture sections.")
    boolean cardsOnly;

    @Option(names = "--json", description = "Print the results as JSON (see docs/cli.md).")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 1000) throw new UserError(ExitCodes.USAGE, "--limit must be between 1 and 1000, got " + limit);
        String query = String.join(" ", words);
        CardIndex index = main.workspace().index();
        List<SearchHit> hits;
        try {
            hits = index.search(query, limit, cardsOnly ? "card" : null);
        } catch (QuerySyntaxException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (SearchHit h : hits) list.add(Json.hit(h, h.lecture() == null ? null : index.lectureTitle(h.lecture())));
            Map<String, Object> body = Json.envelope("hits", list);
            body.put("query", query);
            out.println(Json.write(body));
        } else if (hits.isEmpty()) {
            spec.commandLine().getErr().println("no results for: " + query);
        } else {
            Terminal t = new Terminal(main.env());
            int i = 1;
            for (SearchHit h : hits) {
                String where = h.lecture() == null ? "" : "L" + h.lecture() + (h.section() == null ? "" : "#" + h.section());
                String label = "card".equals(h.kind()) ? h.id() : "notes " + h.id();
                out.println(String.format("%2d. %s  %s", i++, t.bold(TexText.markdownToText(h.title())),
                        t.dim("[" + label + (where.isEmpty() || !"card".equals(h.kind()) ? "" : " · " + where)
                                + (h.tags().isEmpty() ? "" : " · " + String.join(", ", h.tags())) + "]")));
                String snippet = TexText.markdownToText(h.snippetText()).replaceAll("\\s+", " ");
                if (!snippet.isBlank()) out.println("    " + snippet);
            }
        }
        return hits.isEmpty() ? ExitCodes.NOTHING_FOUND : ExitCodes.OK;
    }
}
