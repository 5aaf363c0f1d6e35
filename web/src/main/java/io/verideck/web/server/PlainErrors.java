package io.verideck.web.server;

import io.verideck.web.render.Layout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself (a malformed or ambiguous URI, for example) as one plain line with the
 * same security headers as every page: no HTML, no echoed input, no stack trace.
 */
final class PlainErrors extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object s = request.getAttribute(ERROR_STATUS);
        if (s instanceof Integer i) status = i;
        String reason = HttpStatus.getMessage(status);
        response.setStatus(status);
        var h = response.getHeaders();
        h.put("Content-Security-Policy", Layout.CSP + "; frame-ancestors 'none'");
        h.put("X-Content-Type-Options", "nosniff");
        h.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap((status + " " + reason + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
