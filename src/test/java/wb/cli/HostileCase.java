package wb.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One entry of the hostile-case suite: its files before, how it is run, and what must hold
 * after (exit status, patterns its output must match, the files left). Built as one chained
 * expression, so that adding a case is adding one entry to {@link HostileCaseTable}.
 */
final class HostileCase {
    /** How a case is run. */
    enum Way {
        /**
         * The script {@code s.jsh} through the public {@code ScriptRunner} on a session shared by
         * these cases (reset before each) inside the test JVM; {@code @/} in its text and files
         * stands for the case's folder, since the test JVM's working folder cannot change.
         */
        SESSION,
        /** {@code scripts/wb ARGS} as a process of its own, in the case's folder. */
        PROCESS,
        /** A line typed at one prompt in a real pseudo-terminal, shared by these cases in turn. */
        PROMPT,
        /** A check of its own (a prompt started on a prepared history, two prompts at once). */
        CUSTOM
    }

    /** What the folder of a case is mounted as, below {@code m/}. */
    enum Mount { NONE, READ_ONLY, FULL }

    /** A check run by hand; returns why it failed, empty when it held. */
    interface Custom {
        List<String> run(Path dir) throws Exception;
    }

    final String category;
    final String name;
    final Way way;
    final Map<String, byte[]> before = new LinkedHashMap<>();
    final Map<String, String> links = new LinkedHashMap<>();
    /** Files made by code before the run (too big to hold as bytes). */
    final Map<String, java.util.function.Consumer<Path>> generated = new LinkedHashMap<>();
    /** Files before whose mode is 600. */
    final Set<String> ownerOnly = new LinkedHashSet<>();
    String input = "";
    List<String> args = List.of("s.jsh");
    final Map<String, String> env = new LinkedHashMap<>();
    boolean stdinClosed;
    /** A signal to send once the file {@code started} appears, e.g. "INT"; null: none. */
    String signal;
    Mount mount = Mount.NONE;
    /** Files written into {@code m/} before a mount is made read-only or filled. */
    final Map<String, byte[]> mounted = new LinkedHashMap<>();
    Integer status = 0;
    String stdout = "";
    String stderr = "";
    /** The exact files after, relative; null: the names before. */
    List<String> after;
    /** Files before that may change; every other one must keep its bytes. */
    final Set<String> changes = new LinkedHashSet<>();
    final Map<String, Predicate<Path>> fileChecks = new LinkedHashMap<>();
    Custom custom;

    private HostileCase(String category, String name, Way way) {
        this.category = category;
        this.name = name;
        this.way = way;
    }

    /** A script run on the shared in-process session. */
    static HostileCase session(String category, String name, String script) {
        HostileCase c = new HostileCase(category, name, Way.SESSION);
        c.input = script;
        return c;
    }

    /** {@code scripts/wb s.jsh} with the given script, as a process of its own. */
    static HostileCase process(String category, String name, String script) {
        HostileCase c = new HostileCase(category, name, Way.PROCESS);
        c.file("s.jsh", script);
        return c;
    }

    /** A line typed at the shared prompt; {@code stdout} is then a pattern its screen must show. */
    static HostileCase prompt(String name, String typed) {
        HostileCase c = new HostileCase("prompt", name, Way.PROMPT);
        c.input = typed;
        c.status = null;
        return c;
    }

    static HostileCase custom(String category, String name, Custom check) {
        HostileCase c = new HostileCase(category, name, Way.CUSTOM);
        c.custom = check;
        c.status = null;
        return c;
    }

    HostileCase file(String path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    HostileCase file(String path, byte[] bytes) {
        before.put(path, bytes);
        return this;
    }

    /** A file written by {@code writer} before the run. */
    HostileCase generated(String path, java.util.function.Consumer<Path> writer) {
        generated.put(path, writer);
        return this;
    }

    /** A file before, readable and writable by its owner only (mode 600). */
    HostileCase privateFile(String path, String text) {
        ownerOnly.add(path);
        return file(path, text);
    }

    /** A symbolic link {@code path} → {@code target}, made before the run. */
    HostileCase link(String path, String target) {
        links.put(path, target);
        return this;
    }

    HostileCase args(String... newArgs) {
        args = List.of(newArgs);
        return this;
    }

    HostileCase env(String name, String value) {
        env.put(name, value);
        return this;
    }

    HostileCase stdinClosed() {
        stdinClosed = true;
        return this;
    }

    HostileCase signal(String name) {
        signal = name;
        return this;
    }

    /** {@code m/} is a 1 MB tmpfs, read-only, holding the given files. */
    HostileCase readOnly(Object... files) {
        mount = Mount.READ_ONLY;
        return mountedFiles(files);
    }

    /** {@code m/} is a 1 MB tmpfs, filled to its last byte after the given files are written. */
    HostileCase full(Object... files) {
        mount = Mount.FULL;
        return mountedFiles(files);
    }

    private HostileCase mountedFiles(Object... files) {
        for (int i = 0; i < files.length; i += 2) {
            mounted.put((String) files[i], ((String) files[i + 1]).getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    HostileCase status(int expected) {
        status = expected;
        return this;
    }

    /** A regex standard output must contain (for a prompt case: the screen after the line). */
    HostileCase out(String regex) {
        stdout = regex;
        return this;
    }

    /** A regex standard error must contain. */
    HostileCase err(String regex) {
        stderr = regex;
        return this;
    }

    /** A run that must fail with status 1 and this error. */
    HostileCase fails(String regex) {
        return status(1).err(regex);
    }

    HostileCase after(String... names) {
        after = new ArrayList<>(List.of(names));
        return this;
    }

    HostileCase changes(String... names) {
        changes.addAll(List.of(names));
        return this;
    }

    /** A named check of one file after the run. */
    HostileCase check(String path, String what, Predicate<Path> holds) {
        fileChecks.put(path + " " + what, p -> holds.test(p.resolve(path)));
        return this;
    }

    String label() {
        return category + ": " + name;
    }
}
