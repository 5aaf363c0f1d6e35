package io.verideck.cli;

import picocli.CommandLine;

/** The version shown by {@code --version}, read from the jar manifest when there is one. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"verideck " + (v == null ? "0.1.0-SNAPSHOT" : v),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
