package io.verideck.web.server;

import io.verideck.kb.content.Vocabulary;
import io.verideck.web.data.ContentSource;
import io.verideck.web.render.Catalog;
import io.verideck.web.render.MarkdownHtml;
import io.verideck.web.render.Pages;
import io.verideck.web.render.SiteContext;
import io.verideck.web.review.ReviewDatabase;
import io.verideck.web.verify.VerificationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site as it is now: content loaded once, the verifier's report and the review database re-read
 * when their files change (looked at no more than once a second). Rendered pages are cached until then.
 */
public final class SiteState {
    private final ContentSource.Loaded content;
    private final Catalog catalog;
    private final MarkdownHtml markdown = new MarkdownHtml();
    private final Path reportFile;
    private final Path reviewFile;
    private final Clock clock;
    private final SearchApi search;
    private volatile Snapshot current;
    private volatile long checkedAt;

    private record Snapshot(long reportStamp, long reviewStamp, LocalDate day, Pages pages, Map<String, Optional<String>> cache,
                            Map<String, Optional<byte[]>> encoded) {
    }

    /**
     * @param content    the loaded content and index
     * @param reportFile the verifier's JSON report (may not exist)
     * @param reviewFile the review database (may not exist)
     * @param clock      the clock for "now" (due cards, the forecast)
     */
    public SiteState(ContentSource.Loaded content, Path reportFile, Path reviewFile, Clock clock) throws IOException {
        this.content = content;
        this.catalog = new Catalog(content.library(), Vocabulary.builtin());
        this.reportFile = reportFile;
        this.reviewFile = reviewFile;
        this.clock = clock;
        this.search = new SearchApi(content.index(), catalog, markdown);
        this.current = snapshot();
    }

    public SearchApi search() {
        return search;
    }

    /** The page at a path (cached), or empty. */
    public Optional<String> page(String path) {
        Snapshot s = fresh();
        Optional<String> cached = s.cache().get(path);
        if (cached != null) return cached;
        Optional<String> page = s.pages().render(path);
        if (s.cache().size() < 20_000) s.cache().put(path, page);
        return page;
    }

    /** The page at a path as UTF-8 bytes (cached, so a busy page is not encoded on every request). */
    public Optional<byte[]> pageBytes(String path) {
        Snapshot s = fresh();
        Optional<byte[]> cached = s.encoded().get(path);
        if (cached != null) return cached;
        Optional<byte[]> bytes = page(path).map(p -> p.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (s.encoded().size() < 20_000) s.encoded().put(path, bytes);
        return bytes;
    }

    public String notFound(String path) {
        return fresh().pages().notFound(path);
    }

    /** The pages as of now (for the export). */
    public Pages pages() {
        return fresh().pages();
    }

    private Snapshot fresh() {
        long now = System.nanoTime();
        if (now - checkedAt < 1_000_000_000L) return current;
        checkedAt = now;
        Snapshot s = current;
        if (stamp(reportFile) != s.reportStamp() || stamp(reviewFile) != s.reviewStamp() || !LocalDate.now(clock).equals(s.day())) {
            try {
                current = snapshot();
            } catch (IOException e) {
                // A report being rewritten can be half-written; keep the last good one.
            }
        }
        return current;
    }

    private synchronized Snapshot snapshot() throws IOException {
        VerificationReport report = VerificationReport.read(reportFile);
        var review = ReviewDatabase.read(reviewFile, clock.instant(), clock.getZone());
        SiteContext ctx = new SiteContext(catalog, content.index(), report, review, markdown, false);
        LocalDate today = LocalDate.now(clock);
        return new Snapshot(stamp(reportFile), stamp(reviewFile), today, new Pages(ctx, today), new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>());
    }

    private static long stamp(Path p) {
        try {
            return p == null || !Files.exists(p) ? -1 : Files.getLastModifiedTime(p).toMillis() ^ Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
