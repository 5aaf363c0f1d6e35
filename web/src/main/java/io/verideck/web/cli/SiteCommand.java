package io.verideck.web.cli;

import io.verideck.kb.content.Vocabulary;
import io.verideck.web.data.ContentSource;
import io.verideck.web.export.StaticExport;
import io.verideck.web.render.Catalog;
import io.verideck.web.render.MarkdownHtml;
import io.verideck.web.render.Pages;
import io.verideck.web.render.SiteContext;
import io.verideck.web.review.ReviewDatabase;
import io.verideck.web.verify.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verideck site --out DIR}: the whole site as static files, search included. */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"Export the reference site as static files for hosting anywhere; search runs in the "
                + "browser from a prebuilt index (serve the directory over HTTP)."})
public final class SiteCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions options = new SiteOptions();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write (created if needed).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ContentSource.Loaded loaded;
            VerificationReport report;
            try {
                loaded = options.source().load();
                report = VerificationReport.read(options.reportFile());
            } catch (IOException e) {
                throw new SiteOptions.Failure(ExitCodes.BAD_INPUT, e.getMessage(), e);
            }
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new SiteOptions.Failure(ExitCodes.BAD_INPUT, out + ": exists and is not a directory", null);
            }
            ZoneId zone = ZoneId.systemDefault();
            SiteContext ctx = new SiteContext(new Catalog(loaded.library(), Vocabulary.builtin()), loaded.index(), report,
                    ReviewDatabase.read(options.reviewFile(), Instant.now(), zone), new MarkdownHtml(), true);
            StaticExport.Summary s;
            try {
                s = StaticExport.write(new Pages(ctx, LocalDate.now(zone)), out);
            } catch (IOException e) {
                throw new SiteOptions.Failure(ExitCodes.ENVIRONMENT, "cannot write " + out + ": " + e.getMessage(), e);
            } finally {
                loaded.index().close();
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println("Wrote " + s.pages() + " pages, " + s.assets() + " assets and a search index of " + s.searchDocuments()
                    + " documents to " + out + ". Serve it over HTTP, for example: (cd " + out + " && python3 -m http.server)");
            o.flush();
            return ExitCodes.OK;
        } catch (SiteOptions.Failure f) {
            return options.report(err, "site", f);
        } catch (IOException | RuntimeException e) {
            return options.report(err, "site", new SiteOptions.Failure(ExitCodes.ENVIRONMENT, String.valueOf(e.getMessage()), e));
        }
    }
}
