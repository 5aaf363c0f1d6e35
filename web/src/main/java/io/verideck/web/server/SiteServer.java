package io.verideck.web.server;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server: Jetty with one handler ({@link SiteHandler}), bound to one address. It starts
 * before the content is loaded, so it answers as soon as the JVM is up; the first requests wait for
 * the content.
 */
public final class SiteServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    /**
     * @param host  the address to bind ({@code 127.0.0.1} unless the user asked otherwise)
     * @param port  the port, or 0 for any free one
     * @param state the site, possibly still loading
     */
    public SiteServer(String host, int port, CompletableFuture<SiteState> state) {
        // Searches and page renders are CPU work that never blocks: more threads than a few per core
        // only take turns on the cores (docs/benchmarks.md, Site: 8 threads against 64 on 2 cores).
        int max = Integer.getInteger("verideck.httpThreads", Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
        QueuedThreadPool threads = new QueuedThreadPool(max, Math.min(4, max));
        threads.setName("verideck-http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        // The handler is non-blocking, so Jetty runs each request on the selector thread that read it:
        // one selector would answer every request on one core. One selector per core uses them all.
        int selectors = Integer.getInteger("verideck.httpSelectors", Runtime.getRuntime().availableProcessors());
        connector = new ServerConnector(server, 1, selectors, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setAcceptQueueSize(1024);
        server.addConnector(connector);
        server.setErrorHandler(new PlainErrors());
        server.setHandler(new SiteHandler(state));
        server.setStopTimeout(2000);
    }

    /**
     * Starts listening.
     *
     * @throws BindException when the address is taken or cannot be bound
     */
    public void start() throws Exception {
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            Throwable t = e;
            while (t != null && !(t instanceof BindException)) t = t.getCause();
            if (t != null) throw (BindException) t;
            throw e;
        }
    }

    /** The port actually bound. */
    public int port() {
        return connector.getLocalPort();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), port());
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
