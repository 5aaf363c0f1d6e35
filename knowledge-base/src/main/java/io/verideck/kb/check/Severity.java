package io.verideck.kb.check;

/** How bad a {@link Problem} is: errors fail {@code verideck check}, warnings only with {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
