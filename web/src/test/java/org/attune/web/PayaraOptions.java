package org.attune.web;

/**
 * Options for the Payara Micro an Arquillian test class starts, set by the JUnit extensions that prepare what it
 * needs (a database, a directory, a sign-on provider) before the {@code ArquillianExtension} starts it: Arquillian
 * reads them once, when it starts.
 */
public final class PayaraOptions {

    private PayaraOptions() {}

    /** Adds options (space-separated) to the Payara JVM's ({@code -Dkey=value}). */
    public static void addJvmOptions(String options) {
        add("payara.cmdOptions", options);
    }

    /**
     * Adds to {@code payara.cmdOptions} (the Payara JVM's options) or {@code payara.extraMicroOptions} (Payara
     * Micro's own); a later {@code -D} option wins over an earlier one.
     */
    public static void add(String property, String options) {
        String before = System.getProperty(property, "");
        System.setProperty(property, before.isBlank() ? options : before + " " + options);
    }
}
