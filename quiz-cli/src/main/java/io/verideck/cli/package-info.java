/**
 * The {@code verideck} command. {@link io.verideck.cli.Main} is the picocli root; each subcommand is
 * a class whose {@code call()} opens the collaborators it needs, lazily, so that a quick command such
 * as {@code search} starts without loading what it does not use (ND4J is never on this module's
 * compile class path; {@code verify}, {@code run}, {@code serve} are loaded by name).
 */
package io.verideck.cli;
