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
// The forms scripts are made of: labelled prints, declarations, several series with lambdas,
// the objectives and the λ bridge, two surfaces in one contour figure, a method and a record.
dataset(500, vec(2.0), 0.5)
double lambda = 100;
var wRidge = ridge(lambda);
print("w_ridge", wRidge);
print("J", objectiveLs(lambda, wRidge));
double lambda2 = lambdaMseFromLs(lambda);
print("mape", mape(ridgeMse(lambda2), wRidge));
plot(w -> mse(w), -5, 5).label("MSE").fn(w -> wd(lambda2, w), -5, 5).label("L2").fn(w -> objectiveMse(lambda2, w), -5, 5).label("J").xlabel("w").name("three")
dataset(500, vec(1.0, 0.5))
contour((a, b) -> mse(a, b), -3, 3, -3, 3).cmap("inferno").spread(10, 0.1).contour((a, b) -> wd(lambda, a, b), -3, 3, -3, 3).cmap("Blues").point(1.0, 0.5).marker("x").color("red").label("min").name("two")
double sumOfSquares(double... xs) { double s = 0; for (double x : xs) s += x * x; return s; }
record Pair(String name, double value) { }
new Pair("s", sumOfSquares(1, 2, 3))
String.format("%.3f", lstsq().get(0))
