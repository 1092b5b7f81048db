package wb.session;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code /command}, declared once: its name, what it takes, what it does, and where it may be
 * used. This is the only place a command's name is spelled; handlers are attached to these
 * declarations with {@link Interpreter#register}, by whichever front implements them.
 *
 * @param name     with its slash, e.g. {@code /open}
 * @param usage    its argument as help shows it, e.g. {@code FILE} (empty when none)
 * @param argument what its argument is, which decides how it completes
 * @param places   where it may be used: at the prompt, in scripts, in notebook cells
 * @param summary  what it does, in a line
 */
public record Command(String name, String usage, Argument argument, Set<Interpreter.Place> places, String summary) {
    /** What a command's argument is. */
    public enum Argument { NONE, FILE, HELPER, NUMBER, SNIPPET }

    private static final Set<Interpreter.Place> PROMPT = EnumSet.of(Interpreter.Place.PROMPT);
    private static final Set<Interpreter.Place> EVERYWHERE = EnumSet.allOf(Interpreter.Place.class);

    public static final Command HELP = new Command("/help", "", Argument.NONE, PROMPT, "show the commands and keys");
    public static final Command VARS = new Command("/vars", "", Argument.NONE, PROMPT,
            "list the variables with their types and values");
    public static final Command METHODS = new Command("/methods", "", Argument.NONE, PROMPT,
            "list the methods you declared");
    public static final Command IMPORTS = new Command("/imports", "", Argument.NONE, PROMPT,
            "list the imports in effect");
    public static final Command LIST = new Command("/list", "", Argument.NONE, PROMPT, "list the snippets in effect");
    public static final Command HISTORY = new Command("/history", "", Argument.NONE, PROMPT,
            "list what you typed, in this and earlier sessions");
    public static final Command SAVE = new Command("/save", "FILE", Argument.FILE, PROMPT,
            "save the snippets that ran to FILE, as a script that replays them");
    public static final Command OPEN = new Command("/open", "FILE", Argument.FILE, EVERYWHERE,
            "run FILE's snippets in this session");
    public static final Command RESET = new Command("/reset", "", Argument.NONE, PROMPT,
            "forget every snippet and start afresh");
    /** {@link #ADD}'s name as a constant, for the help of an option that an annotation holds. */
    public static final String ADD_NAME = "/add";
    public static final Command ADD = new Command(ADD_NAME, "LIBRARY...", Argument.FILE, EVERYWHERE,
            "add Maven artifacts (group:artifact:version, with their dependencies), jars or class folders");
    public static final Command CLASSPATH = new Command("/classpath", "", Argument.NONE, PROMPT,
            "list what /add and --class-path added");
    public static final Command TIME = new Command("/time", "SNIPPET", Argument.SNIPPET, PROMPT,
            "run a snippet once and show its wall and CPU time");
    public static final Command TIMEIT = new Command("/timeit", "SNIPPET", Argument.SNIPPET, PROMPT,
            "run a snippet many times and show its median time per run");
    public static final Command DOC = new Command("/doc", "NAME", Argument.HELPER, PROMPT,
            "show a helper's (or any method's) documentation");
    public static final Command SEED = new Command("/seed", "[N]", Argument.NUMBER, EVERYWHERE,
            "show the random seed, or restart the draws from N");
    public static final Command TRACE = new Command("/trace", "", Argument.NONE, PROMPT,
            "print the whole stack trace of the last exception");
    public static final Command EXIT = new Command("/exit", "[CODE]", Argument.NUMBER, EVERYWHERE,
            "leave the workbench (exit status CODE, default 0)");
    public static final Command SVG = new Command("/svg", "[on|off]", Argument.NONE, EnumSet.of(Interpreter.Place.CELL),
            "send figures as SVG besides PNG (on), or PNG only (off)");

    /** Every command, in the order help lists them. */
    public static final List<Command> ALL = List.of(HELP, VARS, METHODS, IMPORTS, LIST, HISTORY, SAVE, OPEN, RESET,
            ADD, CLASSPATH, TIME, TIMEIT, DOC, SEED, TRACE, EXIT, SVG);

    public Command {
        places = Set.copyOf(places);
    }

    /** The name with its usage, as help and error messages show it: {@code /open FILE}. */
    public String synopsis() {
        return usage.isEmpty() ? name : name + " " + usage;
    }

    /** The name, so that a message can say {@code "... " + Command.OPEN}. */
    @Override
    public String toString() {
        return name;
    }
}
