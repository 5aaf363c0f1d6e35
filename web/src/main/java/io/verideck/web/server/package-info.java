/**
 * The live site on Jetty: pages rendered once and cached, static assets from the class path (the
 * site's own and the KaTeX webjar), and {@code /api/search} over the Lucene index. Every response
 * carries a Content-Security-Policy without inline scripts or remote origins; requests for anything
 * outside the known files get a 404, never a directory listing or a stack trace.
 */
package io.verideck.web.server;
