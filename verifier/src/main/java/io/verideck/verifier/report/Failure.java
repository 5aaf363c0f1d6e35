package io.verideck.verifier.report;

import java.util.Map;

/**
 * The first failure of a claim, after shrinking.
 *
 * @param property the property that failed
 * @param message what did not hold (values compared, or the gradient mismatch)
 * @param input the shrunk input, by name
 * @param originalMessage the message before shrinking
 * @param shrinkSteps accepted shrink steps
 * @param trySeed the seed of the failing try
 * @param reproduce the command that reproduces the failure
 */
public record Failure(String property, String message, Map<String, String> input, String originalMessage,
        int shrinkSteps, long trySeed, String reproduce) {
}
