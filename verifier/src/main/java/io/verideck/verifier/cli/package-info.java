/**
 * The {@code verify} and {@code run} picocli commands. quiz-cli loads them by class name (they sit on
 * its runtime class path only) and executes them with {@code new CommandLine(instance).execute(args)}.
 * Exit codes: 0 ok, 1 a claim failed, 2 usage, 3 bad input file, 4 natives failed to load. Output goes
 * through {@code spec.commandLine().getOut()/getErr()}; a stack trace is printed only with
 * {@code --debug}. ND4J is touched only inside {@code call()}.
 */
package io.verideck.verifier.cli;
