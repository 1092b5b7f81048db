package wb.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wb.jupyter.KernelServer;
import wb.jupyter.KernelSpec;
import wb.script.ExitStatus;
import wb.io.AtomicFiles;

/** {@code wb kernel install|uninstall|run}: wb as a Jupyter kernel. */
@Command(name = "kernel", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "wb as a Jupyter kernel: install or uninstall its kernelspec, or run it (Jupyter does).",
        subcommands = {KernelCommand.Install.class, KernelCommand.Uninstall.class, KernelCommand.Run.class})
final class KernelCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("wb kernel: say install, uninstall or run; try 'wb kernel --help'");
        return ExitStatus.USAGE;
    }

    /** Where a kernelspec goes: the user's Jupyter folder (the default) or an installation prefix. */
    static final class Location {
        @Option(names = "--user", description = "In the user's Jupyter data folder (the default).")
        boolean user;

        @Option(names = "--prefix", paramLabel = "DIR", description = "Under DIR/share/jupyter/kernels.")
        Path prefix;

        static Path kernels(Location location) {
            return location == null || location.prefix == null ? KernelSpec.userKernels(System.getenv())
                    : KernelSpec.prefixKernels(location.prefix);
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Write wb's kernelspec, so that Jupyter lists the kernel 'wb'.")
    static final class Install implements Callable<Integer> {
        @ArgGroup(exclusive = true)
        Location location;

        @Override
        public Integer call() {
            try {
                Path dir = KernelSpec.install(Location.kernels(location), KernelSpec.launcher());
                System.out.println("wb: installed the Jupyter kernel 'wb' in " + dir);
                return ExitStatus.OK;
            } catch (IllegalStateException e) {
                System.err.println("wb kernel install: " + e.getMessage());
                return ExitStatus.FAILED;
            } catch (IOException e) {
                System.err.println("wb kernel install: cannot write the kernelspec: " + AtomicFiles.reason(e));
                return ExitStatus.FAILED;
            }
        }
    }

    @Command(name = "uninstall", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Remove wb's kernelspec.")
    static final class Uninstall implements Callable<Integer> {
        @ArgGroup(exclusive = true)
        Location location;

        @Override
        public Integer call() {
            Path kernels = Location.kernels(location);
            try {
                if (KernelSpec.uninstall(kernels)) {
                    System.out.println("wb: removed the Jupyter kernel 'wb' from " + kernels);
                    return ExitStatus.OK;
                }
                System.err.println("wb kernel uninstall: no kernel 'wb' in " + kernels);
                return ExitStatus.FAILED;
            } catch (IOException e) {
                System.err.println("wb kernel uninstall: " + AtomicFiles.reason(e));
                return ExitStatus.FAILED;
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Run the kernel for a Jupyter connection file (Jupyter starts this).")
    static final class Run implements Callable<Integer> {
        @Mixin
        SessionOptions session = new SessionOptions();

        @Parameters(index = "0", paramLabel = "CONNECTION_FILE", description = "The connection file Jupyter wrote.")
        Path connectionFile;

        @Override
        public Integer call() {
            try {
                return KernelServer.run(connectionFile, session.seed, System.err);
            } catch (IllegalArgumentException e) {
                System.err.println("wb kernel: " + e.getMessage());
                return ExitStatus.USAGE;
            }
        }
    }
}
