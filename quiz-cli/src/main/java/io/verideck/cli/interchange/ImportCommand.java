package io.verideck.cli.interchange;

import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.cli.UserError;
import io.verideck.cli.kb.Json;
import io.verideck.kb.imports.Import;
import io.verideck.kb.imports.ImportException;
import io.verideck.kb.imports.ImportResult;
import io.verideck.kb.imports.ImportWarning;
import io.verideck.kb.imports.SourceFormat;
import io.verideck.kb.write.AtomicFiles;
import io.verideck.kb.write.ImportWriter;
import java.io.IOException;
import java.io.PrintWriter;
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

/**
 * {@code verideck import SOURCE... [--format F] [--deck NAME] [--out DIR] [--dry-run] [--json]}.
 * Reads every source first; only when all of them could be read are the files written (each
 * atomically), so a bad source never leaves a partial import behind. Sources are never modified.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Convert notes, slides and flashcard decks into Verideck decks (docs/import-export.md).",
            "Formats are recognised by content: markdown, html, handbook, flashcards, exam, slides,",
            "anki-text, apkg, delimited. Re-importing updates the cards made before and keeps their progress."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files to import.")
    List<Path> sources;

    @Option(names = "--format", paramLabel = "F", defaultValue = "auto",
            description = "auto (default), markdown, html, handbook, flashcards, exam, slides, anki-text, apkg, delimited.")
    String format;

    @Option(names = "--deck", paramLabel = "NAME", description = "Put every card into this deck.")
    String deck;

    @Option(names = "--out", paramLabel = "DIR", description = "Write here instead of your decks directory.")
    Path out;

    @Option(names = "--dry-run", description = "Show what would be imported; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() {
        SourceFormat f;
        try {
            f = SourceFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, "--format: " + e.getMessage());
        }
        Path dir = out != null ? out : main.workspace().userDecksDir();
        if (dir == null && !dryRun) {
            throw new UserError(ExitCodes.USAGE, "no decks directory: pass --out DIR, --decks DIR or set VERIDECK_DECKS");
        }
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ImportResult> results = new ArrayList<>();
        List<ImportException> failures = new ArrayList<>();
        for (Path s : sources) {
            try {
                results.add(Import.file(s, f, deck));
            } catch (ImportException e) {
                failures.add(e);
                err.println(e.describe());
                if (main.debug() && e.getCause() != null) e.getCause().printStackTrace(err);
            }
        }
        if (!failures.isEmpty()) {
            err.println("verideck: nothing imported (" + failures.size() + " of " + sources.size() + " sources failed)");
            return ExitCodes.BAD_INPUT;
        }
        List<ImportWriter.Plan> plans = new ArrayList<>();
        AtomicFiles all = new AtomicFiles();
        try {
            if (dir != null) {
                for (ImportResult r : results) {
                    ImportWriter.Plan p = ImportWriter.plan(r, dir);
                    plans.add(p);
                }
                // Every file of every source is staged first and moved into place last: all or nothing.
                for (ImportWriter.Plan p : plans) all.addAll(p.files());
                if (!dryRun) all.commit();
            }
        } catch (IOException e) {
            throw new UserError(ExitCodes.ENVIRONMENT, "cannot write to " + dir + ": " + e.getMessage(), e);
        }
        if (json) {
            o.println(Json.write(Json.envelope("import", summary(results, plans))));
        } else {
            print(o, results, plans);
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter o, List<ImportResult> results, List<ImportWriter.Plan> plans) {
        for (int i = 0; i < results.size(); i++) {
            ImportResult r = results.get(i);
            long drafts = r.decks().stream().flatMap(d -> d.cards().stream()).filter(c -> c.draft()).count();
            o.printf("%s: %s, %d cards (%d drafts) in %d deck(s), %d lectures with %d sections, %d reviews, %d warnings%n",
                    r.source(), r.format().id(), r.cardCount(), drafts, r.decks().size(), r.lectures().size(),
                    r.sectionCount(), r.reviews().size(), r.warnings().size());
            for (ImportWarning w : r.warnings()) o.println("  " + w);
            if (i < plans.size()) {
                for (ImportWriter.DeckChange c : plans.get(i).changes()) {
                    o.printf("  %s %s: %d new, %d updated, %d removed, %d hand-made kept%n",
                            dryRun ? "would write" : "wrote", c.file(), c.added(), c.updated(), c.removed(), c.kept());
                }
            }
        }
        if (dryRun) o.println("dry run: nothing written");
    }

    private Object summary(List<ImportResult> results, List<ImportWriter.Plan> plans) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ImportResult r = results.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", r.source());
            m.put("format", r.format().id());
            m.put("cards", r.cardCount());
            m.put("decks", r.decks().stream().map(d -> d.name()).toList());
            m.put("lectures", r.lectures().size());
            m.put("sections", r.sectionCount());
            m.put("reviews", r.reviews().size());
            List<Map<String, Object>> ws = new ArrayList<>();
            for (ImportWarning w : r.warnings()) {
                ws.add(Map.of("file", w.where().file(), "line", w.where().line(), "message", w.message()));
            }
            m.put("warnings", ws);
            if (i < plans.size()) {
                List<Map<String, Object>> files = new ArrayList<>();
                for (ImportWriter.DeckChange c : plans.get(i).changes()) {
                    files.add(Map.of("file", c.file().toString(), "deck", c.deck(), "added", c.added(),
                            "updated", c.updated(), "removed", c.removed(), "kept", c.kept()));
                }
                m.put("files", files);
            }
            list.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", dryRun);
        body.put("sources", list);
        return body;
    }
}
