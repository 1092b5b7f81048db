#!/usr/bin/env wb
// Weight decay moves the minimum: the seed notebook, step by step, in wb.
//
// Run it with   scripts/wb scripts/weight-decay.jsh        (figures go to out/, or --out DIR)
// With the default seed 0, wb draws the same numbers as numpy after np.random.seed(0), so every
// quantity below can be compared with src/bench/python/weight_decay_notebook.py.

// ---- 1. A data set with one feature ---------------------------------------------------------
// M = 1000 samples of one standard normal feature; the true weight is 3.14 and y = Xw + 1.
// The model has no bias term, so the fit cannot reach y exactly: the 1 stays in the residual.
dataset(1000, vec(3.14), 1.0)

// ---- 2. Least squares and the normal equation -----------------------------------------------
// LS(w) = 1/2 ||Xw - y||^2 has gradient X^T (Xw - y); setting it to zero gives the normal
// equation X^T X w = X^T y. normal() solves it (Cholesky), never forming the inverse.
var wLs = normal();
print("w_ls", wLs);
print("LS(w_ls)", ls(wLs));

// The LS curve over w in [-10, 10], with its minimum.
plot(w -> ls(w), -10, 10).label("LS")
    .point(wLs.item(), ls(wLs)).color("red").label("min")
    .xlabel("w").ylabel("least squares").name("ls")

// ---- 3. MSE has the same minimiser ----------------------------------------------------------
// MSE(w) = 1/M ||Xw - y||^2 = 2/M LS(w): a positive multiple of LS, so its gradient
// 2/M X^T (Xw - y) vanishes at the same w_ls. The notebook checks MSE(w_ls) = 2/M LS(w_ls).
print("mape(MSE(w_ls), 2/M LS(w_ls))", mape(mse(wLs), ls(wLs) * 2 / 1000));

plot(w -> mse(w), -10, 10).label("MSE")
    .point(wLs.item(), mse(wLs)).color("red").label("min")
    .xlabel("w").ylabel("MSE loss").name("mse")

// ---- 4. Weight decay on LS ------------------------------------------------------------------
// J_LS(lambda, w) = LS(w) + lambda/2 ||w||^2. Its gradient X^T (Xw - y) + lambda w vanishes at
// w = (X^T X + lambda I)^-1 X^T y: the penalty pulls the minimum from w_ls towards 0.
double lambda = 1e3;
var wLsL2 = ridge(lambda);
print("w_ls_l2", wLsL2);
print("J_LS(w_ls_l2)", objectiveLs(lambda, wLsL2));
print("LS(w_ls_l2)", ls(wLsL2));

plot(w -> ls(w), -5, 5).label("LS")
    .fn(w -> wd(lambda, w), -5, 5).label("L2")
    .fn(w -> objectiveLs(lambda, w), -5, 5).label("J")
    .point(wLsL2.item(), objectiveLs(lambda, wLsL2)).color("red").label("min J")
    .point(wLs.item(), ls(wLs)).color("black").label("min LS").xlabel("w").name("ls_wd")

// ---- 5. Weight decay on MSE -----------------------------------------------------------------
// J_MSE(lambda2, w) = MSE(w) + lambda2/2 ||w||^2 is minimised by
// w = (2/M X^T X + lambda2 I)^-1 2/M X^T y. With lambda2 = 2 lambda / M this is the same w as
// on LS, and J_MSE(lambda2, w) = 2/M J_LS(lambda, w) for every w.
double lambda2 = lambdaMseFromLs(lambda);
var wMseL2 = ridgeMse(lambda2);
print("lambda2", lambda2);
print("w_mse_l2", wMseL2);
print("mape(w_mse_l2, w_ls_l2)", mape(wMseL2, wLsL2));
print("mape(J_MSE(w_ls), 2/M J_LS(w_ls))", mape(objectiveMse(lambda2, wLs), objectiveLs(lambda, wLs) * 2 / 1000));

plot(w -> mse(w), -5, 5).label("MSE")
    .fn(w -> wd(lambda2, w), -5, 5).label("L2")
    .fn(w -> objectiveMse(lambda2, w), -5, 5).label("J")
    .point(wMseL2.item(), objectiveMse(lambda2, wMseL2)).color("red").label("min J")
    .point(wLs.item(), mse(wLs)).color("black").label("min MSE").xlabel("w").name("mse_wd")

// ---- 6. Two features ------------------------------------------------------------------------
// True w = (4.0, 1.5), no bias, no noise, so min MSE is exactly the true w. Since X^T X is
// close to M I and lambda = M, ridge roughly halves each weight: w_2 is near (2.0, 0.75).
dataset(1000, vec(4.0, 1.5))
var w2 = ridge(lambda);
print("w_2", w2);

// Contour lines of MSE (inferno) and of the L2 penalty (Blues), 10 levels each spread over
// [0.1 min, 0.1 max] of each surface as the notebook does, with both minima. The MSE ellipses
// are stretched along w2 because the loss changes faster along w1, whose weight is larger.
contour((a, b) -> mse(a, b), -7, 7, -7, 7).cmap("inferno").spread(10, 0.1)
    .point(4.0, 1.5).color("black").label("min MSE")
    .contour((a, b) -> wd(lambda, a, b), -7, 7, -7, 7).cmap("Blues").spread(10, 0.1)
    .point(w2.get(0), w2.get(1)).marker("x").color("red").markerSize(10).label("min J")
    .xlabel("$w_{1}$").ylabel("$w_{2}$").name("contour")

// ---- 7. Any number of features --------------------------------------------------------------
// The notebook ends with the same closed forms for any N. With N = 10 random true weights and
// a little noise, ridge(lambda) = (X^T X + lambda I)^-1 X^T y tends to the least-squares
// solution as lambda -> 0; lstsq() computes that one independently, by a QR factorisation of X.
dataset(1000, 10, 0.0, 0.1)
var wQr = lstsq();
for (double l : new double[] {1e2, 1, 1e-2, 1e-4, 1e-6}) print("mape(ridge(" + str(l) + "), lstsq())", mape(ridge(l), wQr));
print("mape(normal(), lstsq())", mape(normal(), wQr));
