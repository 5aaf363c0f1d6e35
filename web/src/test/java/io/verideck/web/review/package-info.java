/** Tests of {@code io.verideck.web.review}. */
package io.verideck.web.review;
