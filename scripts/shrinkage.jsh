// Shrinkage by direction: along each eigenvector vᵢ of XᵀX, ridge keeps the fraction
// fᵢ = σᵢ²/(σᵢ² + λ) of the least-squares solution's component: vᵢᵀw(λ) = fᵢ·vᵢᵀw_ls.
// Directions the data vary along a lot (large σᵢ²) keep most of their component; directions
// the data hardly see are shrunk hardest.
// Run: scripts/wb scripts/shrinkage.jsh

// two features with correlation 0.8: XᵀX has one large and one small eigenvalue
correlated(200, vec(4.0, 1.5), 0.8, 1.0)

var s = shrinkage(100);
s

// the shrunk components rebuild the ridge solution
s.ridge()
ridge(100)

// LS contours, the eigen-directions, each solution as the sum of its components along them,
// and the curve of minimisers w(λ) from w_ls (λ = 0) to the origin (λ → ∞)
plotShrinkage(100)
