/** Test fixtures: the fixture sites, a running server, and a headless Chromium for browser tests. */
package io.verideck.web.support;
