#!/usr/bin/env wb
// Least squares and weight decay on data from a file: which appliance uses how much power?
//
// Run it from the repository root with   scripts/wb scripts/real-data.jsh [FILE.csv]
//
// scripts/data/meter.csv holds 120 days of a household: how many hours each of six appliances
// ran, and the electricity meter's reading for the day in kWh. The meter reads the sum of
// power x hours over the appliances, so y = Xw with w the appliances' power in kW: a
// least-squares problem through the origin, as in the notebook. Heater and lights are both
// used more in winter and the fridge runs ~24 h every day, so the columns are far from
// independent, which is where weight decay earns its keep.
//
// The file was made by wb with java.util.Random (whose sequence Java specifies) and these
// powers in kW: heater 2.0, lights 0.3, fridge 0.15, washer 0.5, oven 2.4, computer 0.1:
//
//   var rnd = new Random(2026);
//   double[] kw = {2.0, 0.3, 0.15, 0.5, 2.4, 0.1};
//   var csv = new StringBuilder("heater_h,lights_h,fridge_h,washer_h,oven_h,computer_h,kwh\n");
//   for (int day = 0; day < 120; day++) {
//       double winter = 0.5 + 0.5 * Math.cos(2 * Math.PI * day / 120);
//       double[] h = {
//           Math.max(0, 6 * winter + rnd.nextGaussian()),
//           Math.max(0, 3 + 3 * winter + 0.5 * rnd.nextGaussian()),
//           24 - Math.abs(0.3 * rnd.nextGaussian()),
//           rnd.nextInt(3) * 0.75,
//           Math.max(0, 0.8 + 0.4 * rnd.nextGaussian()),
//           Math.max(0, 4 + 2 * rnd.nextGaussian())};
//       double kwh = 0.8 * rnd.nextGaussian();
//       for (int j = 0; j < 6; j++) kwh += kw[j] * h[j];
//       for (int j = 0; j < 6; j++) csv.append(String.format(Locale.ROOT, "%.2f,", h[j]));
//       csv.append(String.format(Locale.ROOT, "%.2f\n", kwh));
//   }
//   Files.writeString(Path.of("scripts/data/meter.csv"), csv.toString());

// The target column is named; without it load() takes the last column.
String file = args.length > 0 ? args[0] : "scripts/data/meter.csv";
var meter = load(file, "kwh")
var names = meter.columns();

// The least-squares estimate of each appliance's power, by QR on X.
var wLs = lstsq();
for (int j = 0; j < names.size(); j++) System.out.println(names.get(j) + ": " + str(wLs.get(j)) + " kW");
print("train MSE (kWh^2)", mse(wLs));

// Ridge pulls the estimates towards 0 at different rates. The oven runs under an hour a day,
// so its column is short and its estimate gives way first; the heater, on for hours in winter,
// holds out longest; lights and fridge even grow for a while, taking over what the others
// explained. The penalty prefers many small weights to a few large ones.
double[] lambdas = IntStream.rangeClosed(0, 80).mapToDouble(i -> Math.pow(10, -2 + i / 20.0)).toArray();
Mat path = ridgePath(vec(lambdas));
var powers = plot().logx().xlabel("$\\lambda$").ylabel("estimated power (kW)").name("powers");
for (int j = 0; j < names.size(); j++) powers.line(lambdas, path.column(j).toArray()).label(names.get(j).replace("_h", ""));
powers

// How well the fit explains each day: predicted against metered kWh, with the line y = x.
var predicted = meter.x().times(wLs);
scatter(meter.y(), predicted).label("days").markerSize(4)
    .line(new double[] {0, 30}, new double[] {0, 30}).color("black").lineStyle("--").label("y = x")
    .xlabel("metered kWh").ylabel("predicted kWh").equalAspect().name("fit")
