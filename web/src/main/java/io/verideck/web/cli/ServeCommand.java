package io.verideck.web.cli;

import io.verideck.web.data.ContentSource;
import io.verideck.web.server.SiteServer;
import io.verideck.web.server.SiteState;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verideck serve}: the reference site on http://127.0.0.1:PORT/. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the searchable reference site: lecture notes, cards, search as you type, "
                + "verification status. Binds 127.0.0.1 unless --host says otherwise."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions options = new SiteOptions();

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}). 0.0.0.0 shows the site to your whole network.")
    String host;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    private volatile SiteServer server;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("verideck serve: --port must be from 0 to 65535, not " + port);
            err.flush();
            return ExitCodes.USAGE;
        }
        try {
            ContentSource source = options.source();
            var report = options.reportFile();
            if (!isLoopback(host)) {
                err.println("verideck serve: warning: binding " + host + " makes the site reachable from other machines");
                err.flush();
            }
            // The content loads on its own thread while Jetty starts (two cores: both finish sooner);
            // requests that arrive first wait for it in the handler.
            CompletableFuture<SiteState> state = new CompletableFuture<>();
            CompletableFuture<ContentSource.Loaded> loading = new CompletableFuture<>();
            var reviewFile = options.reviewFile();
            Thread loader = new Thread(() -> load(source, report, reviewFile, loading, state), "verideck-load");
            loader.setDaemon(true);
            loader.start();
            server = new SiteServer(host, port, state);
            try {
                server.start();
            } catch (BindException e) {
                throw new SiteOptions.Failure(ExitCodes.ENVIRONMENT, "cannot listen on " + host + ":" + port + ": "
                        + (e.getMessage() == null ? "address in use" : e.getMessage()) + " (is another server running? try --port)", e);
            } catch (Exception e) {
                throw new SiteOptions.Failure(ExitCodes.ENVIRONMENT, "cannot start the server on " + host + ":" + port + ": " + e.getMessage(), e);
            }
            String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
            out.println("Serving the Verideck site on " + url + " (Ctrl-C to stop)");
            out.flush();
            if (options.debug) err.println("verideck serve: listening " + sinceJvmStart() + " ms after the JVM started");
            try {
                ContentSource.Loaded loaded = loading.join();
                state.join();
                if (loaded.userLoad() != null && !loaded.userLoad().problems().isEmpty()) {
                    err.println("verideck serve: " + loaded.userLoad().problems().size()
                            + " problem(s) in your decks; run 'verideck check' to see them");
                    err.flush();
                }
                if (options.debug) {
                    err.println("verideck serve: content loaded " + sinceJvmStart() + " ms after the JVM started");
                    err.flush();
                }
            } catch (java.util.concurrent.CompletionException e) {
                server.close();
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new SiteOptions.Failure(ExitCodes.BAD_INPUT, "cannot load the site: " + cause.getMessage(), cause);
            }
            if (Boolean.getBoolean(TRAINING_RUN)) return trainingRun(state.join());
            if (open) Browser.open(url, err);
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "verideck-serve-stop"));
            server.join();
            return ExitCodes.OK;
        } catch (SiteOptions.Failure f) {
            return options.report(err, "serve", f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } catch (Exception e) {
            return options.report(err, "serve", new SiteOptions.Failure(ExitCodes.ENVIRONMENT, String.valueOf(e.getMessage()), e));
        }
    }

    /**
     * Loads the content and the site state (on the loader thread), then runs one search so the query
     * parser, the synonym map and the highlighter are loaded before the first person types. The
     * warm-up goes to the index directly, not through the answer cache.
     */
    private static void load(ContentSource source, java.nio.file.Path report, java.nio.file.Path reviewFile,
                             CompletableFuture<ContentSource.Loaded> loading, CompletableFuture<SiteState> state) {
        ContentSource.Loaded loaded;
        try {
            loaded = source.load();
            loading.complete(loaded);
            state.complete(new SiteState(loaded, report, reviewFile, Clock.systemDefaultZone()));
        } catch (IOException | RuntimeException e) {
            loading.completeExceptionally(e);
            state.completeExceptionally(e);
            return;
        }
        try {
            loaded.index().search("gradient", 1);
        } catch (Exception e) {
            // only a warm-up
        }
    }

    /**
     * {@code -Dverideck.serveTrainingRun=true}: serve renders the home page, a card page and a lecture
     * page and answers one search, then stops (exit 0). For making a class-data-sharing archive of
     * what serving loads ({@code -XX:ArchiveClassesAtExit}); see docs/site.md.
     */
    public static final String TRAINING_RUN = "verideck.serveTrainingRun";

    private int trainingRun(SiteState s) {
        java.util.List<String> paths = new java.util.ArrayList<>(java.util.List.of("/", "/api/search?q=softmax+gradient",
                "/assets/site.css", "/missing.html"));
        s.pages().paths().stream().filter(p -> p.startsWith("cards/")).findFirst().ifPresent(p -> paths.add("/" + p));
        s.pages().paths().stream().filter(p -> p.startsWith("lectures/")).findFirst().ifPresent(p -> paths.add("/" + p));
        for (String p : paths) {
            try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), server.port())) {
                socket.getOutputStream().write(("GET " + p + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getInputStream().readAllBytes();
            } catch (IOException e) {
                // a training run only
            }
        }
        stop();
        return ExitCodes.OK;
    }

    private static long sinceJvmStart() {
        long start = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        return start == 0 ? -1 : System.currentTimeMillis() - start;
    }

    /** Stops a running server (tests, shutdown hook). */
    public void stop() {
        SiteServer s = server;
        if (s == null) return;
        try {
            s.close();
        } catch (Exception e) {
            // stopping anyway
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
