/** Tests of {@code io.verideck.web.render}. */
package io.verideck.web.render;
