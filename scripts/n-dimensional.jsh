#!/usr/bin/env wb
// Weight decay with many features: N = 50.
//
// Run it with   scripts/wb scripts/n-dimensional.jsh        (figures go to out/)
// The same closed form w(lambda) = (X^T X + lambda I)^-1 X^T y holds for any N; here we watch
// what it does as lambda grows. A starting point for your own experiments: change M, N, the
// noise or the range of lambda and rerun.

// 200 samples of 50 standard normal features, random true weights, noisy targets.
dataset(200, 50, 0.0, 2.0)
var wLs = lstsq();
print("train MSE at w_ls", mse(wLs));
print("||w_ls||", wLs.norm());

// lambda from 1e-2 to 1e4, evenly spaced in log10. ridgePath solves for all of them from one
// decomposition of X^T X, so 121 values cost about one solve.
double[] lambdas = IntStream.rangeClosed(0, 120).mapToDouble(i -> Math.pow(10, -2 + i / 20.0)).toArray();
Mat path = ridgePath(vec(lambdas));

// Each coefficient against lambda: all start at their least-squares values and shrink to 0.
// The larger ones shrink later, so for a while the fit keeps the features that matter most.
var coefficients = plot().logx().xlabel("$\\lambda$").ylabel("coefficient $w_j$").name("coefficients");
for (int j = 0; j < 50; j++) coefficients.line(lambdas, path.column(j).toArray()).lineWidth(1);
coefficients

// The price of a smaller w: as lambda grows, ||w|| falls and the training error rises.
double[] norms = new double[lambdas.length];
double[] trainMse = new double[lambdas.length];
for (int k = 0; k < lambdas.length; k++) { norms[k] = path.row(k).norm(); trainMse[k] = mse(path.row(k)); }
for (int k = 0; k <= 120; k += 40) System.out.println("lambda = " + str(lambdas[k]) + ":  ||w|| = " + str(norms[k]) + ",  train MSE = " + str(trainMse[k]));
plot(norms, trainMse).label("$\\lambda$ from 10^{4} (left) to 0.01 (right)")
    .point(wLs.norm(), mse(wLs)).color("black").label("least squares")
    .xlabel("$||w(\\lambda)||$").ylabel("train MSE").name("tradeoff")

// A 2-D slice of the 50-dimensional MSE surface through its minimiser: MSE over (w1, w2) with
// the other 48 weights held at w_ls, and the ridge minimiser's coordinates for lambda = 100.
var wRidge = ridge(100);
contour(w -> mse(w), 0, 1, wLs.get(0) - 3, wLs.get(0) + 3, wLs.get(1) - 3, wLs.get(1) + 3).cmap("viridis").levels(12)
    .point(wLs.get(0), wLs.get(1)).color("black").label("min MSE")
    .point(wRidge.get(0), wRidge.get(1)).marker("x").color("red").markerSize(10).label("ridge, $\\lambda$ = 100")
    .name("slice")
