package wb.cli;

/**
 * Every test of {@link EngineIT}, with the Java client alone ({@code WB_CLIENT=java}): what a
 * user without a C compiler gets, and what the native client hands every case but one to.
 */
class EngineJavaClientIT extends EngineIT {
    @Override
    Launcher.Mode mode() {
        return Launcher.Mode.ENGINE_JAVA_CLIENT;
    }
}
