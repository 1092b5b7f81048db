package wb.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;
import wb.plot.output.TerminalDisplay.Graphics;

/**
 * How figures are drawn in this terminal: as a kitty-protocol image, a sixel image, or text.
 *
 * <p>{@code WB_IMAGES=sixel|kitty|text} decides if set. Otherwise the terminal is asked, once,
 * when the first figure is drawn: wb sends kitty's graphics query ({@code ESC _G i=31,s=1,v=1,
 * a=q,t=d,f=24;AAAA ESC \}) followed by the primary device attributes request (DA1,
 * {@code ESC [ c}), and reads the answers until the DA1 reply {@code ESC [ ? Ps ; ... c} arrives.
 * A terminal that understands kitty's protocol answers the query first ({@code ESC _G i=31;OK
 * ESC \}); a terminal with sixel graphics lists attribute 4 in its DA1 reply. Kitty wins when both
 * do (full colour, PNG), then sixel, then text. {@code KITTY_WINDOW_ID} or a {@code TERM} naming
 * kitty says kitty without asking; a dumb terminal (no terminal, or {@code TERM=dumb}) is not
 * asked and gets text. Every terminal that emulates a VT100 answers DA1; if none comes within
 * {@link #REPLY_MILLIS} ms, text is drawn.
 */
public final class TerminalImages {
    /** How long to wait for the terminal's DA1 reply (a guard for terminals that never answer). */
    static final long REPLY_MILLIS = 1500;
    static final String KITTY_QUERY = "\u001b_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u001b\\";
    static final String DA1 = "\u001b[c";
    private static final Pattern DA1_REPLY = Pattern.compile("\u001b\\[\\?([0-9;]*)c");
    private static final Pattern KITTY_OK = Pattern.compile("\u001b_Gi=31;OK\u001b\\\\");
    /** Any answer to the kitty query, OK or an error. */
    private static final Pattern KITTY_REPLY = Pattern.compile("\u001b_Gi=31;[^\u001b]*\u001b\\\\");

    private TerminalImages() {
    }

    /** What the terminal said about itself. */
    record Reply(boolean answered, boolean sixel, boolean kitty) {
    }

    /**
     * A supplier that decides once, on its first call, how figures are drawn on {@code terminal}
     * (see the class comment), and then returns that choice every time.
     */
    public static Supplier<Graphics> detector(Terminal terminal, UnaryOperator<String> env, TypeAhead typeAhead) {
        return new Supplier<>() {
            private Graphics chosen;

            @Override
            public synchronized Graphics get() {
                if (chosen == null) {
                    chosen = detect(terminal, env, typeAhead);
                }
                return chosen;
            }
        };
    }

    static Graphics detect(Terminal terminal, UnaryOperator<String> env, TypeAhead typeAhead) {
        String forced = env.apply("WB_IMAGES");
        if (forced != null && !forced.isBlank()) {
            Graphics g = parseOverride(forced);
            if (g != null) {
                return g;
            }
            PrintWriter w = terminal.writer();
            w.println("wb: WB_IMAGES=" + forced + " is not one of sixel, kitty, text; asking the terminal instead");
            w.flush();
        }
        if (kittyByName(env)) {
            return Graphics.KITTY;
        }
        String term = env.apply("TERM");
        if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                || "dumb".equals(term)) {
            return Graphics.TEXT;
        }
        return choose(ask(terminal, typeAhead));
    }

    /** {@code sixel}, {@code kitty} or {@code text} (any case), else null. */
    static Graphics parseOverride(String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "sixel":
                return Graphics.SIXEL;
            case "kitty":
                return Graphics.KITTY;
            case "text":
                return Graphics.TEXT;
            default:
                return null;
        }
    }

    static boolean kittyByName(UnaryOperator<String> env) {
        String term = env.apply("TERM");
        return env.apply("KITTY_WINDOW_ID") != null || (term != null && term.contains("kitty"));
    }

    /** Kitty if the terminal answered kitty's query, sixel if its DA1 reply lists attribute 4, else text. */
    static Graphics choose(Reply r) {
        if (r.kitty()) {
            return Graphics.KITTY;
        }
        return r.sixel() ? Graphics.SIXEL : Graphics.TEXT;
    }

    /** What was read besides the terminal's answers: the keys typed ahead, in order. */
    static String typedAhead(CharSequence read) {
        return DA1_REPLY.matcher(KITTY_REPLY.matcher(read).replaceAll("")).replaceFirst("");
    }

    /** Reads what a terminal answered to {@link #KITTY_QUERY} then {@link #DA1}. */
    static Reply parse(CharSequence answer) {
        Matcher m = DA1_REPLY.matcher(answer);
        if (!m.find()) {
            return new Reply(false, false, false);
        }
        boolean sixel = false;
        for (String attribute : m.group(1).split(";")) {
            if (attribute.equals("4")) {
                sixel = true;
            }
        }
        boolean kitty = KITTY_OK.matcher(answer.subSequence(0, m.start())).find();
        return new Reply(true, sixel, kitty);
    }

    /**
     * Sends the two queries with the terminal in raw mode (no echo, no line buffering; Ctrl-C
     * still interrupts) and reads until the DA1 reply or the time-out: reading stops at the DA1
     * reply's final {@code c}. What else was read, keys typed ahead, is kept in {@code typeAhead}
     * for the line reader.
     */
    static Reply ask(Terminal terminal, TypeAhead typeAhead) {
        Attributes saved = terminal.enterRawMode();
        StringBuilder answer = new StringBuilder();
        try {
            terminal.writer().print(KITTY_QUERY + DA1);
            terminal.writer().flush();
            NonBlockingReader in = terminal.reader();
            long deadline = System.nanoTime() + REPLY_MILLIS * 1_000_000L;
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    break;
                }
                int c = in.read(left);
                if (c < 0) {
                    break; // time-out (READ_EXPIRED) or end of input
                }
                answer.append((char) c);
                if (c == 'c' && DA1_REPLY.matcher(answer).find()) {
                    break;
                }
            }
        } catch (IOException e) {
            return new Reply(false, false, false);
        } finally {
            terminal.setAttributes(saved);
            typeAhead.keep(typedAhead(answer));
        }
        return parse(answer);
    }
}
