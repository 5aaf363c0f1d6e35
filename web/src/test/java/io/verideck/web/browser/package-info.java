/** The site in a real browser (headless Chromium through chromedriver). */
package io.verideck.web.browser;
