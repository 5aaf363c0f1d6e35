package io.verideck.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of the commands, run in-process. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aTakenPortIsOneLineAndExitCode4() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run(new ServeCommand(), "--port", Integer.toString(taken.getLocalPort()), "--report", "/dev/null/none");
            assertEquals(3, r.code(), "a missing --report file is bad input: " + r.err());
            r = run(new ServeCommand(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(4, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
        }
    }

    @Test
    void aMissingDecksDirectoryIsBadInput() {
        Run r = run(new ServeCommand(), "--decks", tmp.resolve("nope").toString(), "--port", "0");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("decks directory does not exist"), r.err());
    }

    @Test
    void usageErrorsAreExitCode2() {
        assertEquals(2, run(new ServeCommand(), "--port", "eighty").code());
        assertEquals(2, run(new ServeCommand(), "--port", "70000").code());
        assertEquals(2, run(new SiteCommand()).code(), "--out is required");
    }

    @Test
    void siteExportsEveryPage() throws Exception {
        Path out = tmp.resolve("out");
        Run r = run(new SiteCommand(), "--out", out.toString(), "--decks",
                Path.of(getClass().getResource("/site").toURI()).toString(), "--report", Path.of(getClass().getResource("/reports/verify-report.json").toURI()).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Wrote "), r.out());
        for (String f : new String[] {"index.html", "search.html", "verification.html", "lectures/6.html", "lectures/7.html",
                "cards/sample-softmax.html", "tags/foundations.html", "search-index.json", "404.html",
                "assets/site.js", "assets/katex/katex.min.js", "assets/katex/fonts/KaTeX_Main-Regular.woff2", "assets/vendor/minisearch.js"}) {
            assertTrue(java.nio.file.Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(java.nio.file.Files.readString(out.resolve("index.html")).contains("data-mode=\"static\""));
    }
}
