package io.verideck.web.cli;

import java.io.IOException;
import java.io.PrintWriter;

/** Opens a URL in the desktop's browser with {@code xdg-open} or {@code open}, when there is one. */
final class Browser {
    private Browser() {
    }

    static void open(String url, PrintWriter err) {
        for (String cmd : new String[] {"xdg-open", "open"}) {
            try {
                new ProcessBuilder(cmd, url).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return;
            } catch (IOException e) {
                // try the next one
            }
        }
        err.println("verideck serve: no browser opener found (xdg-open); open " + url + " yourself");
        err.flush();
    }
}
