package wb.cli;

import static wb.cli.HostileCase.custom;
import static wb.cli.HostileCase.process;
import static wb.cli.HostileCase.prompt;
import static wb.cli.HostileCase.session;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import wb.repl.Tmux;

/**
 * The hostile cases, one entry each: what a careful user expects when wb is given bad numbers,
 * malformed CSVs, unwritable and full disks, signals in the middle of a save, broken scripts,
 * resource exhaustion, and the same faults typed at the prompt. The patterns are regular
 * expressions that standard output or standard error must contain.
 */
final class HostileCaseTable {
    private HostileCaseTable() {
    }

    /** A runtime error of the script's line {@code line}, an {@code IllegalArgumentException} naming {@code what}. */
    private static String badArgument(int line, String what) {
        return "s\\.jsh:" + line + ":\\d+: error: IllegalArgumentException: .*" + what;
    }

    private static final String DATA = "dataset(20, vec(1.0, 2.0), 0.1);\n";

    /** A helper given a bad argument: name, script (its last line the call), what the error must say. */
    private static final String[][] BAD_ARGUMENTS = {
            {"linspace with a negative count", "linspace(0, 1, -1)", "n must be >= 1, but was -1"},
            {"linspace with no points", "linspace(0, 1, 0)", "n must be >= 1, but was 0"},
            {"linspace from NaN", "linspace(Double.NaN, 1, 3)", "a must be a finite number, but was nan"},
            {"linspace to +Inf", "linspace(0, Double.POSITIVE_INFINITY, 3)", "b must be a finite number, but was inf"},
            {"logspace with a negative count", "logspace(0, 1, -2)", "n must be >= 1, but was -2"},
            {"logspace past the largest double", "logspace(0, 400, 3)", "with \\|a\\|, \\|b\\| <= 300, but got a = 0\\.0, b = 400\\.0"},
            {"dataset with negative rows", "dataset(-5, vec(1.0), 0.0)", "M must be >= 1, but was -5"},
            {"dataset with no rows", "dataset(0, vec(1.0), 0.0)", "M must be >= 1, but was 0"},
            {"dataset with Integer.MAX_VALUE rows", "dataset(Integer.MAX_VALUE, vec(1.0), 0.0)", "do not fit one Java array"},
            {"dataset with a NaN weight", "dataset(10, vec(Double.NaN), 0.0)", "weights\\[0\\] must be a finite number, but was nan"},
            {"dataset with a NaN bias", "dataset(10, vec(1.0), Double.NaN)", "bias must be a finite number, but was nan"},
            {"dataset with negative noise", "dataset(10, vec(1.0), 0.0, -1.0)", "noise is a standard deviation and must be >= 0, but was -1\\.0"},
            {"dataset with +Inf noise", "dataset(10, vec(1.0), 0.0, Double.POSITIVE_INFINITY)", "noise .*inf"},
            {"dataset with no weights", "dataset(10, vec(), 0.0)", "the true weights must have at least one entry"},
            {"dataset of a null matrix", "dataset((Mat) null, vec(1.0))", "X is null"},
            {"dataset whose X and y differ in rows", "dataset(Mat.of(2, 1, 1.0, 2.0), vec(1.0, 2.0, 3.0))", "X has 2 rows but y has 3 entries"},
            {"dataset of a matrix holding NaN", "dataset(Mat.of(2, 1, 1.0, Double.NaN), vec(1.0, 2.0))", "X\\[1, 0\\] must be a finite number, but was nan"},
            {"Mat.of with too few values", "Mat.of(2, 2, 1.0)", "a \\(2, 2\\) matrix needs 4 values, but got 1"},
            {"ridge with a negative lambda", DATA + "ridge(-1.0)", "lambda must be a finite number >= 0, but was -1\\.0"},
            {"ridge with a NaN lambda", DATA + "ridge(Double.NaN)", "lambda must be a finite number >= 0, but was nan"},
            {"ridge with a +Inf lambda", DATA + "ridge(Double.POSITIVE_INFINITY)", "lambda must be a finite number >= 0, but was inf"},
            {"ridgeMse with a negative lambda", DATA + "ridgeMse(-1.0)", "lambda2 must be a finite number >= 0, but was -1\\.0"},
            {"ridgePath with a negative lambda", DATA + "ridgePath(vec(-1.0))", "lambda.* must be .*>= 0"},
            {"ridgePath of null", DATA + "ridgePath(null)", "lambdas is null"},
            {"ls of a NaN weight", "dataset(20, vec(1.0), 0.1);\nls(Double.NaN)", "w\\[0\\] must be a finite number, but was nan"},
            {"ls with weights of the wrong length", "dataset(20, vec(1.0), 0.1);\nls(vec(1.0, 2.0))", "w has 2 entries but the data set has N = 1 features"},
            {"mse of a +Inf weight", "dataset(20, vec(1.0), 0.1);\nmse(Double.POSITIVE_INFINITY)", "w\\[0\\] must be a finite number, but was inf"},
            {"wd with a negative lambda", "wd(-1.0, 1.0)", "lambda must be a finite number >= 0, but was -1\\.0"},
            {"wd with a NaN weight", "wd(1.0, Double.NaN)", "w\\[0\\] must be a finite number, but was nan"},
            {"gradLs of a null vector", DATA + "gradLs((Vec) null)", "w is null"},
            {"gd with a negative rate", "dataset(20, vec(1.0), 0.1);\ngd(0.0, -0.1, 10)", "rate must be a finite number > 0, but was -0\\.1"},
            {"gd with negative steps", "dataset(20, vec(1.0), 0.1);\ngd(0.0, 0.1, -1)", "steps must be >= 0, but was -1"},
            {"gd with a NaN rate", "dataset(20, vec(1.0), 0.1);\ngd(0.0, Double.NaN, 10)", "rate must be a finite number > 0, but was nan"},
            {"gd with a start of the wrong length", "dataset(20, vec(1.0), 0.1);\ngd(0.0, 0.1, 10, vec(1.0, 2.0))", "start has 2 entries but the data set has N = 1 features"},
            {"split of more than everything", DATA + "split(1.5)", "fraction .* must be in \\(0, 1\\), but was 1\\.5"},
            {"split of NaN", DATA + "split(Double.NaN)", "fraction .* must be in \\(0, 1\\), but was nan"},
            {"crossValidate with one fold", DATA + "crossValidate(vec(1.0), 1)", "k must be in \\[2, M\\] = \\[2, 20\\] .*, but was 1$"},
            {"crossValidate with more folds than rows", DATA + "crossValidate(vec(1.0), 1000)", "k must be in \\[2, M\\] = \\[2, 20\\] .*, but was 1000"},
            {"validation over no lambdas", DATA + "split(0.5);\nvalidation(vec())", "lambdas must hold at least one"},
            {"polynomial of negative degree", "dataset(20, vec(1.0), 0.1);\npolynomial(-1)", "degree must be >= 1, but was -1"},
            {"randomFeatures of a negative count", DATA + "randomFeatures(-3, 1.0)", "count must be >= 1, but was -3"},
            {"correlated with a correlation above 1", "correlated(10, vec(1.0, 1.0), 2.0, 0.1)", "rho is a correlation and must be in \\[0, 1\\), but was 2\\.0"},
            {"mape of vectors of different lengths", "mape(vec(1.0), vec(1.0, 2.0))", "pred and true must have the same shape"},
            {"lambdaMseFromLs with no rows", "lambdaMseFromLs(1.0, 0)", "M must be >= 1, but was 0"},
            {"rateLimit of a negative lambda", DATA + "rateLimit(-1.0)", "lambda must be a finite number >= 0, but was -1\\.0"},
            {"shrinkage of a negative lambda", DATA + "shrinkage(-1.0)", "lambda must be a finite number >= 0, but was -1\\.0"},
            {"grid of no points", "grid(0, 1, 0)", "n must be >= 1, but was 0"},
            {"plot over a reversed range", "plot(x -> x, 1, 0)", "x range: expected finite x0 < x1, got \\[1, 0\\]"},
            {"plot to NaN", "plot(x -> x, 0, Double.NaN)", "expected finite x0 < x1, got \\[0, nan\\]"},
            {"plot of arrays of different lengths", "plot(new double[] {1, 2}, new double[] {1})", "x and y must have the same length, got 2 and 1"},
            {"contour over an empty range", "contour((x, y) -> x, 0, 0, 0, 1)", "x range: expected finite x0 < x1, got \\[0, 0\\]"},
            {"animate over no values", "animate(\"a\", vec(), l -> plot())", "animate: pass at least one value"},
            {"load(null)", "load(null)", "path is null"},
    };

    static List<HostileCase> cases() {
        List<HostileCase> c = new ArrayList<>();
        helpers(c);
        csv(c);
        filesOut(c);
        scripts(c);
        atThePrompt(c);
        return c;
    }

    /** Every helper's arguments: NaN, ±Inf, negative, huge, empty, null, wrong shape. */
    private static void helpers(List<HostileCase> c) {
        String h = "helpers";
        for (String[] row : BAD_ARGUMENTS) {
            String script = row[1] + "\n";
            c.add(session(h, row[0], script).fails(badArgument((int) script.chars().filter(ch -> ch == '\n').count(), row[2])));
        }
        c.add(session(h, "ridge with a huge lambda", DATA + "ridge(1e308)\n").out("\\[\\[\\d\\.\\d+e-307\\]\\s+\\[\\d\\.\\d+e-307\\]\\]"));
        c.add(session(h, "ridge with no data set", "ridge(1.0)\n").fails("no data set"));
        c.add(session(h, "ridgePath of no lambdas", DATA + "ridgePath(vec())\n").out("\\[\\]"));
        c.add(session(h, "gd with Integer.MAX_VALUE steps", "dataset(20, vec(1.0), 0.1);\ngd(0.0, 0.1, Integer.MAX_VALUE)\n").fails("steps = 2147483647 keeps 2147483648 iterate values"));
        c.add(session(h, "lstsq near the largest double",
                "dataset(Mat.of(3, 1, 1e308, 5e307, 1e307), vec(1e308, 5e307, 1e307));\nlstsq()\n").out("\\[\\[1\\.\\]\\]"));
        c.add(session(h, "ls and mse on data near 1e200",
                "dataset(Mat.of(3, 1, 1e200, 2e200, 3e200), vec(1e200, 2e200, 3e200));\nls(1.0)\nmse(1.0)\n").out("0\\.0\n0\\.0"));
        String near1e200 = "dataset(Mat.of(3, 1, 1e200, 2e200, 3e200), vec(2e200, 4e200, 6e200));\n";
        String twoNear1e200 = "dataset(Mat.of(2, 2, 0x1p664, 0.0, 0.0, 0x1p664), vec(0x1p665, 0x1p663));\n";
        String denormal = "dataset(Mat.of(3, 1, 4.9e-324, 1e-323, 2e-323), vec(1e-323, 2e-323, 4e-323));\n";
        c.add(session(h, "normal and ridge(0) on data near 1e200", near1e200 + "normal()\nridge(0)\n").out("\\[\\[2\\.\\]\\]\n\\[\\[2\\.\\]\\]"));
        c.add(session(h, "normal and ls on two features near 1e200", twoNear1e200 + "normal()\nls(2.0, 0.5)\n").out("\\[\\[2\\. \\]\\s+\\[0\\.5\\]\\]\n0\\.0"));
        c.add(session(h, "normal on denormal values", denormal + "normal()\n").out("\\[\\[2\\.\\]\\]"));
        c.add(session(h, "ridgePath on two features near 1e200", twoNear1e200 + "ridgePath(vec(0, 1, 1e300))\n")
                .out("\\[\\[2\\.  0\\.5\\]\\s+\\[2\\.  0\\.5\\]\\s+\\[2\\.  0\\.5\\]\\]"));
        c.add(session(h, "shrinkage on data near 1e200", near1e200 + "shrinkage(1.0)\n").fails("XᵀX's eigenvalues cannot be computed"));
        c.add(session(h, "gradLs on data near 1e200", near1e200 + "gradLs(2.0)\n").out("\\[\\[0\\.\\]\\]"));
        c.add(session(h, "linspace over the whole double range", "linspace(-1e308, 1e308, 3)\n").out("\\[ 0\\.e\\+000\\]"));
        c.add(session(h, "a plot over the whole double range", "plot(x -> x, -1e308, 1e308)\n").fails("is wider than the largest double"));
    }

    /** CSV input: missing, a folder, empty, header only, ragged, non-numeric, quoted, BOM, CRLF, ';', encodings, sizes. */
    private static void csv(List<HostileCase> c) {
        String k = "csv";
        c.add(session(k, "a missing file", "load(\"@/none.csv\")\n").fails("none\\.csv.*(no such file|does not exist|not found)"));
        c.add(session(k, "a folder", "load(\"@/d\")\n").file("d/x", "").fails("d.*(is a folder|directory)"));
        c.add(session(k, "an empty file", "load(\"@/e.csv\")\n").file("e.csv", "").fails("e\\.csv.*empty"));
        c.add(session(k, "a header only", "load(\"@/h.csv\")\n").file("h.csv", "x,y\n").fails("h\\.csv.*(no rows|no data)"));
        c.add(session(k, "a ragged row", "load(\"@/r.csv\")\n").file("r.csv", "x,y\n1,2\n3\n").fails("r\\.csv:3"));
        c.add(session(k, "a non-numeric cell", "load(\"@/n.csv\")\n").file("n.csv", "x,y\n1,2\n3,abc\n").fails("n\\.csv:3:3: 'abc' in column 'y' is not a number"));
        c.add(session(k, "an empty cell", "load(\"@/n.csv\")\n").file("n.csv", "x,y\n1,2\n,4\n").fails("n\\.csv:3:1"));
        c.add(session(k, "a cell past the largest double", "load(\"@/n.csv\")\n").file("n.csv", "x,y\n1,2\n1e400,4\n")
                .fails("n\\.csv:3:1"));
        c.add(session(k, "a NaN cell", "load(\"@/n.csv\")\n").file("n.csv", "x,y\n1,2\nNaN,4\n").fails("n\\.csv:3:1"));
        c.add(session(k, "quoted numbers", "load(\"@/q.csv\");\nX()\n").file("q.csv", "\"x\",\"y\"\n\"1\",\"2\"\n\"3\",\"4\"\n")
                .out("\\[\\[1\\.\\]\\s+\\[3\\.\\]\\]"));
        c.add(session(k, "a quoted header holding a comma", "load(\"@/q.csv\").columns()\n")
                .file("q.csv", "\"a,b\",y\n1,2\n3,4\n").out("\\[a,b\\]"));
        c.add(session(k, "an unterminated quote", "load(\"@/q.csv\")\n").file("q.csv", "x,y\n\"1,2\n3,4\n").fails("q\\.csv:2: a quoted value starts on this line and is never closed"));
        c.add(session(k, "a UTF-8 byte-order mark", "load(\"@/bom.csv\", \"y\").columns()\n")
                .file("bom.csv", "\uFEFFx,y\n1,2\n3,4\n").out("\\[x\\]"));
        c.add(session(k, "CRLF line ends", "load(\"@/w.csv\").y()\n").file("w.csv", "x,y\r\n1,2\r\n3,4\r\n").out("\\[\\[2\\.\\]\\s+\\[4\\.\\]\\]"));
        c.add(session(k, "semicolons as separators", "load(\"@/s.csv\")\n").file("s.csv", "x;y\n1;2\n3;4\n")
                .fails("s\\.csv:.*;"));
        c.add(session(k, "Latin-1 bytes", "load(\"@/latin1.csv\")\n")
                .file("latin1.csv", "city,y\nParis,1\nZ\u00fcrich,2\n".getBytes(StandardCharsets.ISO_8859_1))
                .fails("latin1\\.csv:3:2: byte 0xFC is not UTF-8 \\(the file looks like Latin-1 or Windows-1252\\)"));
        c.add(session(k, "UTF-16 with its byte-order mark", "load(\"@/u16.csv\")\n")
                .file("u16.csv", "\uFEFFx,y\n1,2\n".getBytes(StandardCharsets.UTF_16BE)).fails("u16\\.csv:1:1.*UTF-16"));
        c.add(session(k, "duplicate column names", "load(\"@/d.csv\")\n").file("d.csv", "x,x,y\n1,2,3\n").fails("d\\.csv.*x"));
        c.add(session(k, "a target that is not a column", "load(\"@/t.csv\", \"z\")\n").file("t.csv", "x,y\n1,2\n")
                .fails("there is no column named 'z'; the columns are: x, y"));
        c.add(session(k, "one column only", "load(\"@/o.csv\")\n").file("o.csv", "y\n1\n2\n").fails("o\\.csv"));
        c.add(process(k, "a 100,000-column line, in 256 MB of heap", "var d = load(\"wide.csv\");\nSystem.out.println(d.m() + \" \" + d.n());\n")
                .file("wide.csv", wide(100_000, 3)).env("WB_JAVA_OPTS", "-Xmx256m").out("^3 99999$"));
        c.add(process(k, "a 200 MB file", "var d = load(\"big.csv\");\nSystem.out.println(d.m() + \" rows\");\n")
                .generated("big.csv", HostileCaseTable::writeBigCsv).out("^2600000 rows$"));
    }

    /** A CSV of {@code columns} columns (the last the target) and {@code rows} rows. */
    private static String wide(int columns, int rows) {
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < columns; j++) {
            s.append(j == 0 ? "" : ",").append("c").append(j);
        }
        s.append('\n');
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                s.append(j == 0 ? "" : ",").append(i + j % 7);
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** Writes a CSV of 205 MB, 2,600,000 rows of ten columns, without holding it in memory. */
    static void writeBigCsv(Path file) {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("a,b,c,d,e,f,g,h,i,y\n");
            String row = "0.123456789,1.23456789,2.3456789,3.456789,4.56789,5.6789,6.789,7.89,8.9,9.0123\n";
            for (int i = 0; i < 2_600_000; i++) {
                w.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String SAVE = "save(dataset(10, vec(1.0), 0.0), ";

    /** Files out: read-only, missing folder, full disk, symbolic links, SIGINT and SIGTERM mid-save. */
    private static void filesOut(List<HostileCase> c) {
        String k = "files out";
        c.add(session(k, "save into a missing folder makes it", SAVE + "\"@/no/x.csv\")\n").after("no", "no/x.csv")
                .check("no/x.csv", "has the 11 lines", p -> lines(p) == 11));
        c.add(session(k, "save under a parent that is a file", SAVE + "\"@/afile/x.csv\")\n").file("afile", "x")
                .fails("afile is a file, not a folder"));
        c.add(session(k, "save to an empty name", SAVE + "\"\")\n").fails("path is empty"));
        c.add(session(k, "save to a null name", SAVE + "null)\n").fails("path is null"));
        c.add(session(k, "save onto a folder", SAVE + "\"@/d\")\n").file("d/x", "").fails("d.*(folder|directory)"));
        c.add(session(k, "save through a symbolic link", SAVE + "\"@/link.csv\")\n").file("data.csv", "old\n")
                .link("link.csv", "data.csv").changes("data.csv").after("data.csv", "link.csv")
                .check("link.csv", "is still a link", Files::isSymbolicLink).check("data.csv", "has the 11 new lines", p -> lines(p) == 11));
        c.add(session(k, "save through a dangling symbolic link", SAVE + "\"@/link.csv\")\n").link("link.csv", "new.csv")
                .after("link.csv", "new.csv").check("new.csv", "has the 11 new lines", p -> lines(p) == 11));
        c.add(session(k, "save over a private file", SAVE + "\"@/p.csv\")\n").privateFile("p.csv", "old\n").changes("p.csv")
                .check("p.csv", "is still mode 600", HostileCaseTable::ownerOnly));
        c.add(session(k, "save to a read-only disk", SAVE + "\"@/m/x.csv\")\n").readOnly().fails("m/x\\.csv.*[Rr]ead-only")
                .after("m"));
        c.add(session(k, "save over a file on a read-only disk", SAVE + "\"@/m/old.csv\")\n").readOnly("old.csv", "old\n")
                .fails("[Rr]ead-only").after("m", "m/old.csv").check("m/old.csv", "is the old file", p -> text(p).equals("old\n")));
        c.add(session(k, "save to a full disk", "save(dataset(100000, vec(1.0, 2.0), 0.0), \"@/m/x.csv\")\n").full()
                .fails("m/x\\.csv.*(space|full)").after("m"));
        c.add(session(k, "save over a file on a full disk", "save(dataset(100000, vec(1.0, 2.0), 0.0), \"@/m/old.csv\")\n")
                .full("old.csv", "old\n").fails("(space|full)").after("m", "m/old.csv")
                .check("m/old.csv", "is the old file", p -> text(p).equals("old\n")));
        c.add(session(k, "a figure saved to a full disk", "plot(x -> Math.sin(x), 0, 10).save(\"@/m/f.svg\")\n").full()
                .fails("m/f\\.svg.*(space|full)").after("m"));
        c.add(session(k, "a figure saved to a read-only disk", "plot(x -> x, 0, 1).save(\"@/m/f.png\")\n").readOnly()
                .fails("[Rr]ead-only").after("m"));
        c.add(session(k, "a figure saved with an unknown extension", "plot(x -> x, 0, 1).save(\"@/f.xyz\")\n")
                .fails("f\\.xyz.*(png|svg)"));
        c.add(process(k, "an --out folder that cannot be made", "plot(x -> x, 0, 1)\n").file("afile", "x")
                .args("--out", "afile/out", "s.jsh").fails("afile is a file, not a folder"));
        c.add(process(k, "an --out folder on a read-only disk", "plot(x -> x, 0, 1)\n").readOnly()
                .args("--out", "m", "s.jsh").fails("[Rr]ead-only").after("m", "s.jsh"));
        String saving = "var big = dataset(200000, vec(1.0, 2.0, 3.0), 0.0);\nsave(big, \"target.csv\");\n"
                + "java.nio.file.Files.writeString(java.nio.file.Path.of(\"started\"), \"\");\n"
                + "while (true) save(big, \"target.csv\");\n";
        c.add(process(k, "SIGINT in the middle of a save", saving).signal("INT").status(130)
                .after("s.jsh", "started", "target.csv").check("target.csv", "is whole", p -> lines(p) == 200_001));
        c.add(process(k, "SIGTERM in the middle of a save", saving).signal("TERM").status(143)
                .after("s.jsh", "started", "target.csv").check("target.csv", "is whole", p -> lines(p) == 200_001));
    }

    /** Scripts: errors, initialisers, exits, threads, stack and heap exhaustion, size, encoding, odd inputs. */
    private static void scripts(List<HostileCase> c) {
        String k = "scripts";
        c.add(session(k, "a compile error", "int x = 1;\nint y = x +;\n").fails("s\\.jsh:2:\\d+: error: "));
        c.add(session(k, "an unknown name", "int x = 1;\nundefinedThing(x);\n").fails("s\\.jsh:2:1: error: .*undefinedThing"));
        c.add(session(k, "a runtime error", "int[] a = new int[1];\na[2] = 1;\n").fails("s\\.jsh:2:1: error: ArrayIndexOutOfBounds"));
        c.add(session(k, "a runtime error inside a method", "int f(int n) {\n    return 10 / n;\n}\nf(0)\n")
                .fails("s\\.jsh:2:\\d+: error: ArithmeticException: / by zero"));
        c.add(session(k, "a block left open at the end", "void f() {\n    int x = 1;\n").fails("s\\.jsh:2:\\d+: error: reached end of file while parsing"));
        c.add(session(k, "an empty script", "").out("\\A\\z"));
        c.add(session(k, "a script of comments only", "// one\n/* two */\n").out("\\A\\z"));
        c.add(session(k, "a static initializer that throws", "class S {\n    static int v = Integer.parseInt(\"x\");\n}\nS.v\n")
                .fails("s\\.jsh:2:\\d+: .*NumberFormatException"));
        c.add(session(k, "a value whose toString() throws",
                "class Bad { public String toString() { throw new RuntimeException(\"boom\"); } }\nnew Bad()\n")
                .fails("s\\.jsh:1:\\d+: error: RuntimeException: boom \\(thrown by the value's toString\\(\\)\\)"));
        c.add(session(k, "a toString() that recurses forever",
                "class Deep { public String toString() { return \"\" + this; } }\nnew Deep()\n").fails("StackOverflowError"));
        c.add(session(k, "an AssertionError", "throw new AssertionError(\"broken\");\n").fails("s\\.jsh:1:1: error: AssertionError: broken"));
        c.add(session(k, "an interrupt flag left set", "Thread.currentThread().interrupt();\nint after = 2;\nafter\n")
                .out("after ==> 2|^2$"));
        c.add(session(k, "a StackOverflowError", "int f(int n) { return f(n + 1) + 1; }\nf(0)\nint after = 1;\n")
                .fails("s\\.jsh:1:\\d+: error: StackOverflowError"));
        // javac recurses once per term: it needs a deeper stack than a thread's 8 MB (see wb.session.DeepStack)
        c.add(session(k, "a 20,000-term expression on one line", "double s = " + "1.0 + ".repeat(20_000) + "1.0;\ns\n")
                .out("20001\\.0"));
        // Deeper than javac's attribution gets on its 64 MB stack, not than its parser: javac catches
        // its own overflow and JShell took the snippet for compiled, its class missing, and every
        // later snippet failed with "cannot find symbol: class" (CompilerFailures). In a fresh JVM.
        c.add(process(k, "a 200,000-term expression, which javac crashes on",
                "double s = " + "1.0 + ".repeat(200_000) + "1.0;\nSystem.out.println(\"after\");\n")
                .args("--keep-going", "s.jsh")
                .fails("s\\.jsh:1:1: error: the (Java compiler crashed on this snippet|snippet is nested too deeply)")
                .out("^after$"));
        c.add(session(k, "an exception in a thread the script started",
                "Thread t = new Thread(() -> { throw new IllegalStateException(\"in thread\"); }, \"worker\");\nt.start();\nt.join();\n"
                        + "System.out.println(\"after\");\n").out("after").err("Exception in thread \"worker\" java.lang.IllegalStateException: in thread"));
        c.add(session(k, "a /open of a missing file", "/open @/none.jsh\n").fails("s\\.jsh:1:1: error: .*none\\.jsh"));
        c.add(session(k, "1,000 declarations, one a line", declarations(1000)).out("^1501$"));
        // JShell compiles each snippet with an import of every variable in effect: 5,000 lines took
        // 5 to 25 min. A script drops the variables no other of its snippets names (ScriptNames).
        c.add(session(k, "5,000 declarations, one a line", declarations(5000)).out("^7501$"));
        c.add(process(k, "System.exit(3)", "System.out.println(\"before\");\nSystem.exit(3);\nSystem.out.println(\"after\");\n")
                .status(3).out("^before\n$"));
        c.add(process(k, "Runtime.halt(4)", "Runtime.getRuntime().halt(4);\nSystem.out.println(\"after\");\n").status(4).out("\\A\\z"));
        c.add(process(k, "System.exit(7) on another thread",
                "Thread t = new Thread(() -> System.exit(7));\nt.start();\nt.join();\nSystem.out.println(\"after\");\n").status(7));
        c.add(process(k, "a thread left running at the end",
                "Thread t = new Thread(() -> { try { Thread.sleep(600_000); } catch (InterruptedException e) { } });\nt.start();\n"
                        + "System.out.println(\"done\");\n").out("^done$"));
        c.add(process(k, "an OutOfMemoryError", "long[][] keep = new long[100_000][];\nfor (int i = 0; i < keep.length; i++) keep[i] = new long[1 << 20];\n")
                .env("WB_JAVA_OPTS", "-Xmx256m").fails("s\\.jsh:2:\\d+: error: OutOfMemoryError"));
        c.add(process(k, "a script that is not UTF-8", "").file("s.jsh", "// caf\u00e9\nint x = 1;\n".getBytes(StandardCharsets.ISO_8859_1))
                .fails("s\\.jsh:1:7: error: byte 0xE9 is not UTF-8"));
        c.add(process(k, "a script that /opens itself", "int a = 1;\n/open s.jsh\n").fails("s\\.jsh:2:1: error: /open s\\.jsh: s\\.jsh opens itself"));
        c.add(process(k, "two scripts that /open each other", "/open b.jsh\n").file("b.jsh", "/open s.jsh\n")
                .fails("b\\.jsh:1:1: error: /open s\\.jsh: s\\.jsh, which opens b\\.jsh, which opens s\\.jsh again"));
        c.add(process(k, "a folder given as the script", "").args("d").file("d/x", "").status(2).err("d.*(folder|directory)"));
        c.add(process(k, "a missing script", "").args("none.jsh").status(2).err("none\\.jsh"));
        c.add(process(k, "a script read from a closed standard input", "").args("-").stdinClosed().status(2)
                .err("cannot read the script from standard input: it is closed"));
        c.add(process(k, "a script run with standard input closed", "System.out.println(1 + 1);\n").stdinClosed().out("^2$"));
    }

    /** {@code count} lines, one declaration each, then the sum of the first, middle and last. */
    static String declarations(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            s.append("int v").append(i).append(" = ").append(i).append(";\n");
        }
        return s.append("System.out.println(v1 + v").append(count / 2).append(" + v").append(count).append(");\n").toString();
    }

    /** The same faults typed at a prompt, a corrupt history, two prompts sharing one. */
    private static void atThePrompt(List<HostileCase> c) {
        c.add(prompt("a compile error", "int y = 1 +;").out("error: "));
        c.add(prompt("a runtime error", "int[] a = new int[1]; a[2] = 1;").out("ArrayIndexOutOfBounds"));
        c.add(prompt("a StackOverflowError", "int f(int n) { return f(n + 1) + 1; } f(0)").out("StackOverflowError"));
        c.add(prompt("a missing CSV", "load(\"none.csv\")").out("none\\.csv"));
        c.add(prompt("a CSV that is not UTF-8", "load(\"latin1.csv\")")
                .file("latin1.csv", "city,y\nParis,1\nZ\u00fcrich,2\n".getBytes(StandardCharsets.ISO_8859_1))
                .out("latin1\\.csv:3:2: byte 0xFC is not UTF-8"));
        c.add(prompt("a value whose toString() throws",
                "class Bad { public String toString() { throw new RuntimeException(\"boom\"); } } new Bad()").out("boom"));
        c.add(prompt("ridgePath of no lambdas", "dataset(20, vec(1.0), 0.1); ridgePath(vec())").out("\\[\\]"));
        c.add(prompt("gd with Integer.MAX_VALUE steps", "gd(0.0, 0.1, Integer.MAX_VALUE)").out("steps = 2147483647"));
        c.add(prompt("a static initializer that throws", "class S { static int v = Integer.parseInt(\"x\"); } S.v")
                .out("NumberFormatException"));
        c.add(prompt("save under a parent that is a file", "save(dataset(10, vec(1.0), 0.0), \"afile/x.csv\")").file("afile", "x")
                .out("afile is a file, not a folder"));
        c.add(prompt("a /open of a missing file", "/open none.jsh").out("none\\.jsh"));
        c.add(prompt("a /open of a file that is not UTF-8", "/open bad.jsh")
                .file("bad.jsh", "// caf\u00e9\nint x = 1;\n".getBytes(StandardCharsets.ISO_8859_1)).out("bad\\.jsh:1:7.*0xE9"));
        c.add(prompt("the prompt still answers", "1 + 1").out("\\$\\d+ ==> 2|^2$"));
        c.add(custom("prompt", "a history file that is not UTF-8", HostileCaseTable::corruptHistory));
        c.add(custom("prompt", "two prompts sharing one history", HostileCaseTable::twoPrompts));
    }

    private static List<String> corruptHistory(Path dir) throws Exception {
        Path state = Files.createDirectory(dir.resolve("state"));
        Files.write(state.resolve("history"), "int ok = 1;\nString s = \"caf\u00e9\";\n".getBytes(StandardCharsets.ISO_8859_1));
        List<String> why = new ArrayList<>();
        try (Tmux tmux = HostileCasesIT.startPrompt(dir, state)) {
            int at = tmux.await("history.*not UTF-8", 0, HostileCasesIT.REPLY);
            at = tmux.await("^wb> $", at, HostileCasesIT.REPLY);
            tmux.enter("40 + 2", "==> 42", at, HostileCasesIT.REPLY);
        } catch (AssertionError e) {
            why.add(e.getMessage());
        }
        if (!Files.exists(state.resolve("history.invalid-utf8"))) {
            why.add("no history.invalid-utf8 kept");
        }
        return why;
    }

    private static List<String> twoPrompts(Path dir) throws Exception {
        Path state = Files.createDirectory(dir.resolve("state"));
        List<String> why = new ArrayList<>();
        try (Tmux first = HostileCasesIT.startPrompt(dir, state); Tmux second = HostileCasesIT.startPrompt(dir, state)) {
            int a = first.await("^wb> $", 0, HostileCasesIT.REPLY);
            int b = second.await("^wb> $", 0, HostileCasesIT.REPLY);
            first.type("int fromFirst = 1");
            first.press("Enter");
            second.type("int fromSecond = 2");
            second.press("Enter");
            first.await("fromFirst ==> 1", a, HostileCasesIT.REPLY);
            second.await("fromSecond ==> 2", b, HostileCasesIT.REPLY);
        } catch (AssertionError e) {
            why.add(e.getMessage());
        }
        String history = text(state.resolve("history"));
        if (!history.contains("int fromFirst = 1") || !history.contains("int fromSecond = 2")) {
            why.add("the history lost a line: " + history);
        }
        return why;
    }

    private static long lines(Path p) {
        try (Stream<String> s = Files.lines(p)) {
            return s.count();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    private static String text(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    private static boolean ownerOnly(Path p) {
        try {
            return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p)).equals("rw-------");
        } catch (IOException e) {
            return false;
        }
    }
}
