package wb.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code wb engine status} and {@code wb engine stop}, answered by the client itself. */
final class EngineCommand {
    /** How long {@code stop} waits for an engine to end before killing it. */
    private static final long STOP_WAIT_MILLIS = 10_000;

    private EngineCommand() {
    }

    static int run(List<String> args, Map<String, String> env, PrintStream err) {
        String verb = args.isEmpty() ? "" : args.get(0);
        if (args.size() != 1 || !(verb.equals("status") || verb.equals("stop"))) {
            if (args.size() == 1 && (verb.equals("--help") || verb.equals("-h"))) {
                System.out.println(usage());
                return 0;
            }
            err.println("wb: engine: expected 'status' or 'stop'" + (verb.isEmpty() ? "" : ", but got '"
                    + String.join(" ", args) + "'"));
            err.println(usage());
            return 2;
        }
        EngineDirectory directory;
        try {
            directory = EngineDirectory.open(EngineDirectory.locate(env));
        } catch (IOException e) {
            err.println("wb: engine: " + e.getMessage());
            return 1;
        }
        try {
            return verb.equals("status") ? status(directory) : stop(directory, err);
        } catch (IOException e) {
            err.println("wb: engine " + verb + ": " + e.getMessage());
            return 1;
        }
    }

    private static String usage() {
        return "Usage: wb engine status | stop\n"
                + "  status  list the engines: pid, state (busy, warming, idle), idle time, runs, memory, JDK, directory\n"
                + "  stop    end every engine (a busy one stops its run first)";
    }

    private static int status(EngineDirectory directory) throws IOException {
        List<Engines.Status> statuses = Engines.statuses(directory);
        if (statuses.isEmpty()) {
            System.out.println("no engines (" + directory.path() + ")");
            return 0;
        }
        System.out.printf("%-8s %-7s %9s %5s %9s  %-12s %s%n", "PID", "STATE", "IDLE", "RUNS", "MEMORY", "JDK",
                "DIRECTORY");
        for (Engines.Status s : statuses) {
            System.out.printf("%-8d %-7s %9s %5d %8dM  %-12s %s%n", s.entry().pid(), s.state(),
                    s.busy() ? "-" : duration(s.idleSeconds()), s.runs(), (s.rssKiB() + 512) / 1024, s.jdk(),
                    s.directory());
        }
        System.out.println("logs in " + directory.path());
        return 0;
    }

    private static int stop(EngineDirectory directory, PrintStream err) throws IOException {
        List<EngineDirectory.Entry> entries = directory.engines(null);
        int stopped = 0;
        for (EngineDirectory.Entry entry : entries) {
            Optional<ProcessHandle> process = ProcessHandle.of(entry.pid());
            Engines.quit(entry);
            if (process.isPresent() && process.get().isAlive()) {
                try {
                    process.get().onExit().get(STOP_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    err.println("wb: engine " + entry.pid() + " did not end within " + STOP_WAIT_MILLIS / 1000
                            + " s; killing it");
                    process.get().destroyForcibly();
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    process.get().destroyForcibly();
                }
                stopped++;
            }
            java.nio.file.Files.deleteIfExists(entry.socket());
        }
        System.out.println(stopped == 0 ? "no engines were running"
                : "stopped " + stopped + (stopped == 1 ? " engine" : " engines"));
        return 0;
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + String.format("%02ds", seconds % 60);
        }
        return seconds / 3600 + "h" + String.format("%02dm", seconds / 60 % 60);
    }
}
