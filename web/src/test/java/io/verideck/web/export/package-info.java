/** Tests of {@code io.verideck.web.export}. */
package io.verideck.web.export;
