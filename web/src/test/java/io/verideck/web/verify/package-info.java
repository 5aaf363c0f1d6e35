/** Tests of {@code io.verideck.web.verify}. */
package io.verideck.web.verify;
