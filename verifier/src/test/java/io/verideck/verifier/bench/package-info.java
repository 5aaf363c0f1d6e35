/** The gradient-check benchmark (a {@code main}, not a test); see {@code docs/benchmarks.md}. */
package io.verideck.verifier.bench;
