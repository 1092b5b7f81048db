package wb.cli;

import picocli.CommandLine.IVersionProvider;

/** The version line: wb's own version and the JDK it runs on. */
final class Version implements IVersionProvider {
    /** wb's version from the jar's manifest, or {@code dev} when run from classes. */
    static String wb() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "wb " + wb(),
            "JDK " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
