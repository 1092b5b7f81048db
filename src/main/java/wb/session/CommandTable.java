package wb.session;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The commands one place offers (the prompt's, a script's, a cell's), and how a typed name finds
 * one: exactly, by an unambiguous prefix such as {@code /v}, or, for a typo, the nearest name to
 * suggest.
 */
public final class CommandTable {
    private final List<Command> commands;

    /** @param commands the commands offered, in the order help lists them */
    public CommandTable(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    /** Every command declared for a place, in the order help lists them. */
    public static CommandTable declaredFor(Interpreter.Place place) {
        return new CommandTable(Command.ALL.stream().filter(c -> c.places().contains(place)).toList());
    }

    /** Every command offered, in the order help lists them. */
    public List<Command> all() {
        return commands;
    }

    /** The command a typed name means: the one so named, or the only one it is a prefix of. */
    public Optional<Command> resolve(String typed) {
        for (Command command : commands) {
            if (command.name().equals(typed)) {
                return Optional.of(command);
            }
        }
        List<Command> prefixed = startingWith(typed);
        return typed.length() > 1 && prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** The commands a typed name is a prefix of (more than one when it is ambiguous). */
    public List<Command> startingWith(String typed) {
        return commands.stream().filter(c -> c.name().startsWith(typed)).toList();
    }

    /** The command whose name is fewest edits away from a mistyped one. */
    public Command nearest(String typed) {
        return commands.stream()
                .min(Comparator.comparingInt((Command c) -> EditDistance.between(typed, c.name())))
                .orElseThrow();
    }
}
