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
