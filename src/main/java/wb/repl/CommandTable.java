package wb.repl;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The prompt's {@code /commands}: their names, what they take and what they do, and how a typed
 * name finds one (exactly, by an unambiguous prefix such as {@code /v}, or, for a typo, the
 * nearest name to suggest).
 */
final class CommandTable {
    /** What a command's argument is, which decides how it completes. */
    enum Argument { NONE, FILE, HELPER, NUMBER, SNIPPET }

    /**
     * A command.
     *
     * @param name     with its slash, e.g. {@code /open}
     * @param usage    its argument as shown in help, e.g. {@code FILE} (empty when none)
     * @param argument what its argument is
     * @param summary  what it does, in a line
     */
    record Command(String name, String usage, Argument argument, String summary) {
    }

    private static final List<Command> COMMANDS = List.of(
            new Command("/help", "", Argument.NONE, "show the commands and keys"),
            new Command("/vars", "", Argument.NONE, "list the variables with their types and values"),
            new Command("/methods", "", Argument.NONE, "list the methods you declared"),
            new Command("/imports", "", Argument.NONE, "list the imports in effect"),
            new Command("/list", "", Argument.NONE, "list the snippets in effect"),
            new Command("/history", "", Argument.NONE, "list what you typed, in this and earlier sessions"),
            new Command("/save", "FILE", Argument.FILE, "save the snippets in effect to FILE, as a script"),
            new Command("/open", "FILE", Argument.FILE, "run FILE's snippets in this session"),
            new Command("/reset", "", Argument.NONE, "forget every snippet and start afresh"),
            new Command("/add", "LIBRARY...", Argument.FILE,
                    "add Maven artifacts (group:artifact:version, with their dependencies), jars or class folders"),
            new Command("/classpath", "", Argument.NONE, "list what /add and --class-path added"),
            new Command("/time", "SNIPPET", Argument.SNIPPET, "run a snippet once and show its wall and CPU time"),
            new Command("/timeit", "SNIPPET", Argument.SNIPPET,
                    "run a snippet many times and show its median time per run"),
            new Command("/doc", "NAME", Argument.HELPER, "show a helper's (or any method's) documentation"),
            new Command("/seed", "[N]", Argument.NUMBER, "show the random seed, or restart the draws from N"),
            new Command("/trace", "", Argument.NONE, "print the whole stack trace of the last exception"),
            new Command("/exit", "[CODE]", Argument.NUMBER, "leave the workbench (exit status CODE, default 0)"));

    /** Every command, in the order help lists them. */
    List<Command> all() {
        return COMMANDS;
    }

    /** The command a typed name means: the one so named, or the only one it is a prefix of. */
    Optional<Command> resolve(String typed) {
        for (Command command : COMMANDS) {
            if (command.name().equals(typed)) {
                return Optional.of(command);
            }
        }
        List<Command> prefixed = COMMANDS.stream().filter(c -> c.name().startsWith(typed)).toList();
        return typed.length() > 1 && prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** The commands a typed name is a prefix of (more than one when it is ambiguous). */
    List<Command> startingWith(String typed) {
        return COMMANDS.stream().filter(c -> c.name().startsWith(typed)).toList();
    }

    /** The command whose name is fewest edits away from a mistyped one. */
    Command nearest(String typed) {
        return COMMANDS.stream()
                .min(Comparator.comparingInt((Command c) -> EditDistance.between(typed, c.name())))
                .orElseThrow();
    }
}
