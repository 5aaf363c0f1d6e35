package io.verideck.web.server;

import io.verideck.web.render.Layout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Routes requests: {@code /api/search}, {@code /assets/...}, and pages ({@code /} is {@code index.html}).
 * GET and HEAD only. Every answer carries the security headers; failures answer a plain message.
 */
final class SiteHandler extends Handler.Abstract.NonBlocking {
    private static final HttpField CSP = new PreEncodedHttpField("Content-Security-Policy", Layout.CSP + "; frame-ancestors 'none'");
    private static final HttpField NOSNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
    private static final HttpField REFERRER = new PreEncodedHttpField("Referrer-Policy", "no-referrer");
    private static final HttpField FRAMES = new PreEncodedHttpField("X-Frame-Options", "DENY");
    private static final HttpField HTML = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    private static final HttpField JSON = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    private static final HttpField TEXT = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    private static final HttpField NO_STORE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-cache");
    private static final HttpField ASSET_CACHE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "public, max-age=3600");

    private final CompletableFuture<SiteState> state;
    private final Assets assets = new Assets();

    SiteHandler(CompletableFuture<SiteState> state) {
        this.state = state;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        var h = response.getHeaders();
        h.put(CSP);
        h.put(NOSNIFF);
        h.put(REFERRER);
        h.put(FRAMES);
        try {
            String method = request.getMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                h.put(HttpHeader.ALLOW, "GET, HEAD");
                return send(response, callback, 405, TEXT, "method not allowed\n");
            }
            String path = Request.getPathInContext(request);
            if (path.equals("/api/search")) {
                Fields q = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
                SearchApi.Answer a = site().search().search(q.getValue("q"), q.getValue("limit"));
                h.put(NO_STORE);
                response.setStatus(a.status());
                h.put(JSON);
                response.write(true, ByteBuffer.wrap(a.bytes()), callback);
                return true;
            }
            if (path.startsWith("/assets/")) {
                Optional<Assets.Asset> a = assets.get(path.substring("/assets/".length()));
                if (a.isEmpty()) return send(response, callback, 404, TEXT, "not found\n");
                h.put(HttpHeader.CONTENT_TYPE, a.get().type());
                h.put(ASSET_CACHE);
                response.setStatus(200);
                response.write(true, ByteBuffer.wrap(a.get().bytes()), callback);
                return true;
            }
            String page = path.equals("/") ? "index.html" : path.substring(1);
            SiteState s = site();
            Optional<byte[]> html = page.endsWith(".html") && !page.contains("..") ? s.pageBytes(page) : Optional.empty();
            if (html.isEmpty()) {
                String fallback = page.endsWith(".html") && !page.contains("..") && page.length() < 300 ? page : "404.html";
                return send(response, callback, 404, HTML, s.notFound(fallback));
            }
            h.put(NO_STORE);
            h.put(HTML);
            response.setStatus(200);
            response.write(true, ByteBuffer.wrap(html.get()), callback);
            return true;
        } catch (TimeoutException e) {
            return send(response, callback, 503, TEXT, "the site is still loading; try again in a moment\n");
        } catch (Exception | StackOverflowError e) {
            return send(response, callback, 500, TEXT, "internal error\n");
        }
    }

    private SiteState site() throws TimeoutException, ExecutionException, InterruptedException {
        return state.get(30, TimeUnit.SECONDS);
    }

    private static boolean send(Response response, Callback callback, int status, HttpField type, String body) {
        response.setStatus(status);
        response.getHeaders().put(type);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
