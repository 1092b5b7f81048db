// The λ bridge: the same ridge solution under the conventions of other tools.
//   the notebook's MSE objective (1/M)‖Xw − y‖² + (λ₂/2)‖w‖²:  λ₂ = 2λ/M
//   scikit-learn Ridge(alpha, fit_intercept=False), ‖y − Xw‖² + α‖w‖²:  α = λ
//   decoupled weight decay wd (AdamW/SGDW: w ← w − η·wd·w each step) on the MSE:  wd = 2λ/M
// Run: scripts/wb scripts/lambda-bridge.jsh

dataset(1000, vec(3.14), 1.0, 0.5);
double lambda = 1e3;
ridge(lambda)

// the MSE objective with λ₂ = 2λ/M
lambdaMseFromLs(lambda)
ridgeMse(lambdaMseFromLs(lambda))

// scikit-learn's alpha is the notebook's λ
alphaFromLambda(lambda)
ridge(lambdaFromAlpha(alphaFromLambda(lambda)))

// decoupled weight decay on the MSE: gradient descent with w ← (1 − η·wd)·w − η·∇MSE(w)
double wd = weightDecayFromLambda(lambda);
wd
gdMse(wd, 0.5 * rateLimitMse(wd), 100)
