package io.verideck.cli.interchange;

import io.verideck.cli.ExitCodes;
import io.verideck.cli.Main;
import io.verideck.cli.UserError;
import io.verideck.kb.export.AnkiTextExporter;
import io.verideck.kb.export.ApkgExporter;
import io.verideck.kb.export.PrintableExporter;
import io.verideck.kb.imports.CardIds;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.write.AtomicFiles;
import io.verideck.kb.write.DeckWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verideck export --format apkg|anki-text|markdown|html|print-md --out PATH [--deck NAME]...}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export decks for Anki and other tools, or as printable files (docs/import-export.md).",
            "apkg and anki-text write one file (PATH); markdown, html and print-md write one file per deck into PATH."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;
    @ParentCommand
    Main main;

    @Option(names = "--format", paramLabel = "F", required = true,
            description = "apkg, anki-text, markdown (our card format), html or print-md (printable, one per deck).")
    String format;

    @Option(names = "--out", paramLabel = "PATH", required = true, description = "Output file (apkg, anki-text) or directory.")
    Path out;

    @Option(names = "--deck", paramLabel = "NAME", description = "Only this deck (repeatable; default: every deck).")
    List<String> decks;

    @Option(names = "--include-drafts", description = "Also export draft cards (left out by default).")
    boolean includeDrafts;

    @Override
    public Integer call() {
        List<Deck> selected = select();
        if (selected.isEmpty()) {
            spec.commandLine().getErr().println("verideck: no deck matches " + decks);
            return ExitCodes.NOTHING_FOUND;
        }
        AtomicFiles files = new AtomicFiles();
        String f = format.toLowerCase(Locale.ROOT);
        try {
            switch (f) {
                case "apkg" -> files.bytes(out, ApkgExporter.export(selected, Instant.now()));
                case "anki-text" -> files.text(out, AnkiTextExporter.export(selected));
                case "markdown" -> selected.forEach(d -> files.text(out.resolve(name(d) + ".md"), DeckWriter.write(d)));
                case "html" -> selected.forEach(d -> files.text(out.resolve(name(d) + ".html"), PrintableExporter.html(d)));
                case "print-md" -> selected.forEach(d -> files.text(out.resolve(name(d) + ".print.md"), PrintableExporter.markdown(d)));
                default -> throw new UserError(ExitCodes.USAGE, "--format: unknown format '" + format
                        + "' (expected one of: apkg, anki-text, markdown, html, print-md)");
            }
            List<Path> written = files.commit();
            PrintWriter o = spec.commandLine().getOut();
            int cards = selected.stream().mapToInt(d -> d.cards().size()).sum();
            o.printf("exported %d cards from %d deck(s) as %s:%n", cards, selected.size(), f);
            for (Path p : written) o.println("  " + p);
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UserError(ExitCodes.ENVIRONMENT, "cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private List<Deck> select() {
        List<Deck> out = new ArrayList<>();
        for (Deck d : main.workspace().library().decks()) {
            if (decks != null && decks.stream().noneMatch(n -> n.equalsIgnoreCase(d.name()) || n.equals(name(d)))) continue;
            List<Card> cards = d.cards().stream().filter(c -> includeDrafts || !c.draft()).toList();
            if (!cards.isEmpty()) out.add(new Deck(d.name(), d.file(), d.tags(), d.intro(), cards));
        }
        return out;
    }

    private static String name(Deck d) {
        String s = CardIds.slug(d.name(), 60);
        return s.isEmpty() ? "deck" : s;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
