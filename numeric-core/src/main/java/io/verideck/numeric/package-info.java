/** numeric-core: coming in its own issue. */
package io.verideck.numeric;
