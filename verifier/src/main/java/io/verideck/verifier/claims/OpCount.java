package io.verideck.verifier.claims;

import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.profiler.OpProfiler;

/**
 * Counts the ND4J ops a computation executes, through ND4J's op profiler. Used for the cost claims
 * (backprop is O(forward), BPTT is linear in the sequence length) because op counts are exact and
 * do not depend on the load of the machine, unlike wall time.
 */
final class OpCount {
    private OpCount() {
    }

    /**
     * @param work the computation
     * @return the number of ND4J ops it executed
     */
    @SuppressWarnings("deprecation") // setProfilingMode is the documented switch in 1.0.0-M2.1
    static synchronized long of(Runnable work) {
        OpExecutioner executioner = Nd4j.getExecutioner();
        OpExecutioner.ProfilingMode before = executioner.getProfilingMode();
        executioner.setProfilingMode(OpExecutioner.ProfilingMode.OPERATIONS);
        try {
            OpProfiler.getInstance().reset();
            work.run();
            return OpProfiler.getInstance().getInvocationsCount();
        } finally {
            executioner.setProfilingMode(before);
            OpProfiler.getInstance().reset();
        }
    }
}
