package wb.cli;

/** Every test of {@link LauncherIT}, with the script runs in-process ({@code WB_ENGINE=off}). */
class LauncherInProcessIT extends LauncherIT {
    @Override
    Launcher.Mode mode() {
        return Launcher.Mode.IN_PROCESS;
    }
}
