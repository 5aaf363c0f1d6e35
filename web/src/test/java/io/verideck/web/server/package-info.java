/** Tests of {@code io.verideck.web.server}. */
package io.verideck.web.server;
