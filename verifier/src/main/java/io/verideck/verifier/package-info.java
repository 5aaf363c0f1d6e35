/** verifier: coming in its own issue. */
package io.verideck.verifier;
