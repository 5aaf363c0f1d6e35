/** Tests of {@code io.verideck.web.cli}. */
package io.verideck.web.cli;
