// The launcher's training workload for the JVM start-up cache; see wb.cli.StartupTraining.
1 + 1
int n = 10;
double[] xs = new double[n];
for (int i = 0; i < n; i++) xs[i] = Math.sqrt(i);
Arrays.stream(xs).sum()
List<String> words = List.of("least", "squares");
words.stream().map(String::toUpperCase).collect(Collectors.joining(" "))
void twice(double x) { System.out.println(2 * x); }
twice(3)
dataset(1000, vec(3.14), 1.0)
var wLs = normal();
wLs
ls(wLs)
ridge(1e3)
mape(mse(wLs), ls(wLs) * 2 / 1000)
plot(w -> ls(w), -10, 10).label("LS").point(wLs.item(), ls(wLs)).color("red").label("min").xlabel("w").name("ls")
dataset(1000, vec(4.0, 1.5), 0.0);
contour((a, b) -> mse(a, b), -7, 7, -7, 7).cmap("inferno").spread(10, 0.1).xlabel("$w_{1}$").name("contour")
