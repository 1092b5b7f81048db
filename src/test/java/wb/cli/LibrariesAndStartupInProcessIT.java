package wb.cli;

/** Every test of {@link LibrariesAndStartupIT}, with the script runs in-process ({@code WB_ENGINE=off}). */
class LibrariesAndStartupInProcessIT extends LibrariesAndStartupIT {
    @Override
    Launcher.Mode mode() {
        return Launcher.Mode.IN_PROCESS;
    }
}
