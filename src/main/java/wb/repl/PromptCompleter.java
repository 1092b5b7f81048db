package wb.repl;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import wb.session.Command;
import wb.session.CommandTable;
import wb.session.Completions;

/**
 * Tab completion at the prompt: Java from JShell (keywords, types, the helpers, which are static
 * imports, members of any expression's value), {@code /command} names, file names after
 * {@code /open}, {@code /save} and {@code /add}, helper names after {@code /doc}, and Java after
 * {@code /time} and {@code /timeit}.
 */
final class PromptCompleter implements Completer {
    private final BiFunction<String, Integer, Completions> java;
    private final CommandTable commands;
    private final Supplier<List<String>> helperNames;
    private final FileNames files;

    /**
     * @param java        the Java completions of a text at a cursor (JShell's)
     * @param commands    the commands
     * @param helperNames the documented helper names, for {@code /doc}
     * @param files       file names, for {@code /open} and {@code /save}
     */
    PromptCompleter(BiFunction<String, Integer, Completions> java, CommandTable commands,
                    Supplier<List<String>> helperNames, FileNames files) {
        this.java = java;
        this.commands = commands;
        this.helperNames = helperNames;
        this.files = files;
    }

    @Override
    public void complete(LineReader reader, ParsedLine parsed, List<Candidate> candidates) {
        SnippetLine line = parsed instanceof SnippetLine
                ? (SnippetLine) parsed : SnippetLine.of(parsed.line(), parsed.cursor());
        switch (line.place()) {
            case COMMAND_NAME:
                for (Command command : commands.all()) {
                    candidates.add(new Candidate(command.name(), command.name(), null, command.summary(),
                            null, null, true));
                }
                break;
            case COMMAND_ARGUMENT:
                completeArgument(line, candidates);
                break;
            default:
                completeJava(line, candidates);
        }
    }

    private void completeArgument(SnippetLine line, List<Candidate> candidates) {
        Command command = commands.resolve(line.command()).orElse(null);
        if (command == null) {
            return;
        }
        switch (command.argument()) {
            case FILE:
                for (FileNames.Match match : files.complete(line.word())) {
                    candidates.add(new Candidate(match.path(), match.path(), null, null, null, null,
                            !match.directory()));
                }
                break;
            case HELPER:
                for (String name : helperNames.get()) {
                    candidates.add(new Candidate(name, name, null, null, null, null, true));
                }
                break;
            case SNIPPET:
                // The argument is Java: complete it as such; the word JLine replaces is all of it.
                String code = line.line().substring(line.wordStart(), line.cursor());
                Completions completions = java.apply(code, code.length());
                for (String text : completions.candidates()) {
                    candidates.add(new Candidate(code.substring(0, completions.anchor()) + text, text, null, null,
                            null, null, false));
                }
                break;
            default:
                break;
        }
    }

    private void completeJava(SnippetLine line, List<Candidate> candidates) {
        Completions completions = java.apply(line.line(), line.cursor());
        int wordStart = line.wordStart();
        int anchor = completions.anchor();
        for (String text : completions.candidates()) {
            String value = replacementOfWord(line.line(), wordStart, anchor, text);
            if (value != null) {
                // No space after a completion: what follows a Java name is a dot, a paren or an operator.
                candidates.add(new Candidate(value, text, null, null, null, null, false));
            }
        }
    }

    /**
     * JLine replaces the word before the cursor; JShell's completion replaces the text from its
     * anchor. This turns the one into the other, or null when they cannot be reconciled.
     */
    static String replacementOfWord(String line, int wordStart, int anchor, String completion) {
        if (anchor >= wordStart) {
            return line.substring(wordStart, anchor) + completion;
        }
        String before = line.substring(anchor, wordStart);
        return completion.startsWith(before) ? completion.substring(before.length()) : null;
    }
}
