// Gradient descent with weight decay. One step on J(w) = LS(w) + (λ/2)‖w‖² is
//   w ← w − rate·(∇LS(w) + λw) = (1 − rate·λ)·w − rate·∇LS(w):
// the weights are multiplied by 1 − rate·λ before the ordinary gradient step, hence "decay".
// It converges when rate < 2/σ_max(XᵀX + λI) and diverges above that limit.
// Run: scripts/wb scripts/gradient-descent.jsh

correlated(200, vec(4.0, 1.5), 0.8, 1.0);

rateLimit(100)
double rate = 0.5 * rateLimit(100);
decayFactor(rate, 100)

// with and without weight decay from the same start: each ends at its closed-form minimiser
gd(0, rate, 200, vec(-6, 6))
gd(100, rate, 200, vec(-6, 6))
plotGd(100, rate, 200, vec(-6, 6))

// one step taken apart: the decay towards the origin, then the loss's step, land exactly
// where the gradient step on J lands
plotDecayStep(100, 0.8 * rateLimit(100), vec(-4, 5))

// above the stability limit the iteration diverges, and the result says so
gd(100, 1.05 * rateLimit(100), 60, vec(-6, 6))
