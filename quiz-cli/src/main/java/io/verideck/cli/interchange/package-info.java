/**
 * {@code verideck import} and {@code verideck export}: the command-line side of the importers
 * ({@link io.verideck.kb.imports}) and exporters ({@link io.verideck.kb.export}). Commands only parse
 * options, print and map failures to exit codes; all conversion lives in knowledge-base.
 */
package io.verideck.cli.interchange;
