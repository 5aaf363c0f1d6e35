/**
 * {@code verideck serve} and {@code verideck site}: picocli commands the CLI loads by class name.
 * Exit codes: 0 ok, 2 usage, 3 bad input (a missing decks directory, an unreadable report),
 * 4 environment (the port is taken, the output directory cannot be written).
 */
package io.verideck.web.cli;
