/** Benchmarks run by hand or by bench/*.sh (not tests: they assert nothing and time things). */
package io.verideck.kb.bench;
