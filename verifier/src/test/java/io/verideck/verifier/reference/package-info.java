/**
 * Reference values from an outside tool: {@code src/test/resources/reference/reference.json}, written
 * by {@code make_reference.py} beside it (mpmath at 30 digits), compared with the numeric-core
 * implementations. The tests read only the JSON; the build never runs the script.
 */
package io.verideck.verifier.reference;
