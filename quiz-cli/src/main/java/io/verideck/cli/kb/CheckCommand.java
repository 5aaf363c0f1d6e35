package io.verideck.cli.kb;

import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.kb.check.Problem;
import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.content.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verideck check [PATH]}: validates decks and lecture notes, every problem with file and line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate decks and lecture notes (docs/card-format.md).",
            "PATH is a file or directory; default: the built-in content and your decks.",
            "A directory with decks/ and lectures/ inside is held to the built-in standard."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;
    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "File or directory to check.")
    Path path;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--json", description = "Print the problems as JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<LoadResult> results = new ArrayList<>();
        if (path == null) {
            results.add(ContentLoader.builtinResult());
            if (main.workspace().userDecksDir() != null) results.add(main.workspace().userLoad());
        } else {
            boolean builtIn = Files.isDirectory(path.resolve("decks")) && Files.isDirectory(path.resolve("lectures"));
            results.add(ContentLoader.loadFiles(ContentLoader.filesUnder(path), builtIn));
        }
        List<Problem> problems = new ArrayList<>();
        int cards = 0;
        int lectures = 0;
        for (LoadResult r : results) {
            problems.addAll(r.problems());
            cards += r.library().cards().size();
            lectures += r.library().lectures().size();
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Problem p : problems) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", p.where().file());
                m.put("line", p.where().line());
                m.put("severity", p.severity().label());
                m.put("message", p.message());
                list.add(m);
            }
            Map<String, Object> body = Json.envelope("problems", list);
            body.put("cards", cards);
            body.put("lectures", lectures);
            body.put("errors", errors);
            body.put("warnings", warnings);
            out.println(Json.write(body));
        } else {
            for (Problem p : problems) out.println(p);
            out.println(cards + " cards, " + lectures + " lectures: " + errors + " error(s), " + warnings + " warning(s)");
        }
        return errors > 0 || strict && warnings > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
