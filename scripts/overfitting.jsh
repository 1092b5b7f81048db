// Overfitting made visible: a degree-8 polynomial (9 weights) fitted to 10 noisy points of a smooth
// curve follows the noise; weight decay trades a little training error for a much smaller test error.
// Run: scripts/wb scripts/overfitting.jsh

// 20 points of sin(3x) on [-1, 1] with noise 0.25, then the features 1, x, x², ..., x⁸
dataset(20, x -> StrictMath.sin(3 * x), -1, 1, 0.25)
polynomial(8)

// half the rows train, half test (the session's seeded generator shuffles them)
Split s = split(0.5)

// train and test MSE of ridge for 61 values of λ, from one decomposition of the training XᵀX
var v = validation(logspace(-10, 2, 61));
v
plot(v)

// the fits themselves: least squares (λ = 0) against ridge at the best λ
double poly(Vec w, double x) { double y = 0; for (int j = w.size() - 1; j >= 0; j--) y = y * x + w.get(j); return y; }
Vec wLs = lstsq(s.train());
Vec wBest = ridge(s.train(), v.bestLambda());
plot(x -> StrictMath.sin(3 * x), -1, 1).label("sin(3x)").color("gray").lineStyle("--")
    .fn(x -> poly(wLs, x), -1, 1).points(400).label("least squares, λ = 0")
    .fn(x -> poly(wBest, x), -1, 1).points(400).label("ridge, best λ")
    .scatter(s.train().x().column(1).toArray(), s.train().y().toArray()).color("black").label("training points")
    .scatter(s.test().x().column(1).toArray(), s.test().y().toArray()).marker("x").color("tab:red").label("test points")
    .ylim(-2.5, 2.5).xlabel("x").ylabel("y").name("fits")

// choosing λ without a test set: 5-fold cross-validation on all 20 points
var cv = crossValidate(logspace(-10, 2, 61), 5);
cv
plot(cv)
