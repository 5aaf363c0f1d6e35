package io.verideck.numeric;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads the ND4J CPU backend once, sets float64 as the default data type, and turns a failure to
 * load the natives into one {@link BackendUnavailableException}.
 *
 * <p>Callers that compute ({@code verify}, {@code run}) call {@link #load()} first; nothing else in
 * the program touches ND4J, so commands that do not compute never load it.
 */
public final class NumericBackend {
    private static volatile boolean loaded;

    private NumericBackend() {
    }

    /**
     * Loads the backend if needed.
     *
     * @throws BackendUnavailableException if the native libraries cannot be loaded
     */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        try {
            Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
            // The arrays here are small: thread hand-offs cost more than they save, and on a busy
            // machine OpenMP's spinning threads make every op ten times slower. One thread unless
            // -Dverideck.threads says otherwise.
            int threads = Integer.getInteger("verideck.threads", 1);
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
            Nd4j.factory().blas().setMaxThreads(threads);
            Nd4j.scalar(0.0).addi(1.0);
            loaded = true;
        } catch (Throwable e) { // natives fail as UnsatisfiedLinkError, ExceptionInInitializerError, ...
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new BackendUnavailableException("could not load the ND4J native backend (linux-x86_64 "
                    + "natives, cached in ~/.javacpp/cache): " + root.getClass().getSimpleName() + ": "
                    + root.getMessage(), e);
        }
    }
}
