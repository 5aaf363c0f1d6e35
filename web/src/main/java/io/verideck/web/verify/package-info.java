/** The verifier's JSON report as the site reads it: one status per claim, refuted mistakes. */
package io.verideck.web.verify;
