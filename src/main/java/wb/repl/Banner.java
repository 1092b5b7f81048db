package wb.repl;

import wb.session.Command;

/** The lines the REPL greets with: its version, the JDK, the seed, and how to get help. */
final class Banner {
    private Banner() {
    }

    static String text(String version, String javaVersion, long seed, Palette palette) {
        return palette.strong("wb " + version) + " · JDK " + javaVersion + " · seed " + seed + "\n"
                + palette.faint(Command.HELP + " for commands · Tab completes · Shift-Tab after name( shows its docs"
                + " · Ctrl-D leaves");
    }
}
