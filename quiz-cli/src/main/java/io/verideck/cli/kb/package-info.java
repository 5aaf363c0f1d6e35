/** The knowledge-base commands: search, show, list, check, and the shell completion script. */
package io.verideck.cli.kb;
