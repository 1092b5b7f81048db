package wb.cli;

/** Every test of {@link ScriptsIT}, with the script runs in-process ({@code WB_ENGINE=off}). */
class ScriptsInProcessIT extends ScriptsIT {
    @Override
    Launcher.Mode mode() {
        return Launcher.Mode.IN_PROCESS;
    }
}
