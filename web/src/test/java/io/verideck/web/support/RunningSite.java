package io.verideck.web.support;

import io.verideck.web.server.SiteServer;
import io.verideck.web.server.SiteState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/** A site served on a free loopback port for the length of a test class. */
public final class RunningSite implements AutoCloseable {
    private final SiteServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    public RunningSite(SiteState state) throws Exception {
        server = new SiteServer("127.0.0.1", 0, CompletableFuture.completedFuture(state));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public int port() {
        return server.port();
    }

    /** GET a raw path (it is sent as written, so tests can send odd paths). */
    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
