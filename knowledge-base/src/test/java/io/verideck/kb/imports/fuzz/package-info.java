/** Jazzer fuzz targets for the importers; compiled and run only with the {@code fuzz} Maven profile. */
package io.verideck.kb.imports.fuzz;
