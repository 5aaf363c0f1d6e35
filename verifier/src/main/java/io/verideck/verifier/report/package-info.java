/**
 * The verification report: per-claim results and the summary, written as text for a terminal or as
 * the stable JSON format documented in {@code docs/verify-report.md} (format version 1).
 */
package io.verideck.verifier.report;
