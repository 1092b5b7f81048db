// Animations: a figure that changes with λ or with the step of gradient descent.
// In a script run each shown animation is saved as out/NN-name.gif; at the prompt with a display
// it opens a window with a slider (← → to step, Home/End, Space to play).
// Run: scripts/wb scripts/animation.jsh

correlated(200, vec(4.0, 1.5), 0.8, 1.0);

// the ridge minimum sliding along the curve of minimisers as λ grows from 1 to 10⁴
var a = animateShrinkage(logspace(0, 4, 17)).delay(300);
a.show();

// gradient descent with and without weight decay, step by step
double rate = 0.5 * rateLimit(100);
var g = animateGd(gd(0, rate, 30, vec(-6, 6)), gd(100, rate, 30, vec(-6, 6))).delay(150);
g.show();
