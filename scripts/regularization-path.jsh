// The ridge regularisation path: every coefficient of w(λ) = (XᵀX + λI)⁻¹Xᵀy as λ grows,
// with ‖w(λ)‖ and the effective degrees of freedom dof(λ) = Σ σᵢ²/(σᵢ² + λ).
// All 100 solutions come from one decomposition of XᵀX, which the data set keeps.
// Run: scripts/wb scripts/regularization-path.jsh   (figures go to out/)

// six correlated features (pairwise correlation 0.6), four of them useful, noisy targets
correlated(100, vec(3.0, -2.0, 1.5, 1.0, 0.0, 0.0), 0.6, 2.0)

var p = path(logspace(-1, 5, 100));
p

// each row is the ridge solution for that λ, the same as solving for it on its own
p.get(40).minus(ridge(p.lambda(40))).norm() < 1e-12

// the coefficients shrink towards 0 as λ grows (not all at the same pace: some even grow first)
plot(p)

// dof counts the directions of the data the fit still uses: N at λ = 0, none as λ → ∞
plotDof(p)
