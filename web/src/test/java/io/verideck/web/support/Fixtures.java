package io.verideck.web.support;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.content.LoadResult;
import io.verideck.kb.model.Library;
import io.verideck.web.data.ContentSource;
import io.verideck.web.server.SiteState;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The test content: {@code site/} (two lectures, two decks), {@code xss/} (a hostile deck), the report. */
public final class Fixtures {
    /** A fixed "now" so due cards and the forecast are reproducible. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The library of one or more fixture directories. */
    public static Library library(String... dirs) {
        Library lib = null;
        for (String d : dirs) {
            LoadResult r = ContentLoader.directory(resource(d));
            lib = lib == null ? r.library() : lib.plus(r.library());
        }
        return lib;
    }

    public static Path report() {
        return resource("reports/verify-report.json");
    }

    /** A site over fixture directories, with the given report and review database (either may be absent). */
    public static SiteState state(Path report, Path reviewDb, String... dirs) throws IOException {
        return new SiteState(ContentSource.of(library(dirs)).load(), report, reviewDb, CLOCK);
    }
}
