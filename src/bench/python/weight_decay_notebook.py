"""The weight-decay notebook in Python: the reference that scripts/weight-decay.jsh reproduces.

It seeds numpy with np.random.seed(0), draws the same data sets in the same order as the wb script
(wb's generator is numpy's legacy one), computes the same quantities in the same order, prints
them as "label = value" lines (scalars as repr, arrays as numpy prints them, like wb's print),
and writes the same five figures with matplotlib's Agg backend:
01-ls.png, 02-mse.png, 03-ls_wd.png, 04-mse_wd.png, 05-contour.png.

The curves and the contour surfaces are evaluated one point at a time, as the notebook does,
because this script is also the Python side of the notebook benchmark (src/bench/run-notebook.sh).
The solutions use np.linalg.solve instead of the notebook's np.linalg.inv (wb never forms the
inverse either); lstsq uses numpy's SVD-based solver, independent of wb's QR.

Formulas (X is M x N, y is M x 1, w is N x 1):
  LS(w) = 1/2 ||Xw - y||^2,   MSE(w) = 1/M ||Xw - y||^2,   WD(lambda, w) = lambda/2 ||w||^2
  J_LS(lambda, w) = LS(w) + WD(lambda, w),   minimised by (X^T X + lambda I)^-1 X^T y
  J_MSE(lambda2, w) = MSE(w) + WD(lambda2, w), minimised by (2/M X^T X + lambda2 I)^-1 2/M X^T y
  lambda2 = 2 lambda / M gives both the same minimiser.
  mape(pred, true) = mean of |true - pred| / |true|, using |pred| where true == 0 (a fraction).

Run: /usr/bin/python3 src/bench/python/weight_decay_notebook.py [OUT_DIR]   (default out-py/)
"""
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)
import matplotlib.ticker as ticker  # noqa: E402
import numpy as np  # noqa: E402

M = 1000
LAMBDA = 1e3


class Data:
    """A synthetic data set as wb's dataset(...) draws it: X standard normal, y = Xw + bias + noise e."""

    def __init__(self, m, w_true, bias=0.0, noise=0.0, random_w=False):
        self.w_true = np.asarray(w_true, dtype=float)
        self.bias, self.noise, self.random_w = bias, noise, random_w
        n = self.w_true.size
        self.X = np.random.randn(m, n)
        self.Y = self.X @ self.w_true.reshape(-1, 1) + bias
        if noise > 0:
            self.Y = self.Y + noise * np.random.randn(m, 1)

    @classmethod
    def random_weights(cls, m, n, bias, noise):
        """N true weights drawn first (standard normal), then X and the noise."""
        return cls(m, np.random.randn(n), bias, noise, random_w=True)

    def __str__(self):
        m, n = self.X.shape
        s = "Dataset(M=%d, N=%d, X (%d, %d), y (%d, 1), bias=%r, noise=%r, seed=0" % (
            m, n, m, n, m, self.bias, self.noise)
        return s + (")" if self.random_w else ", w_true=%s)" % self.w_true)


def least_squares(d, w):
    return np.sum(np.square(d.X @ w - d.Y)) / 2


def mse_loss(d, w):
    return np.mean(np.square(d.X @ w - d.Y))


def weight_decay(lambd, w):
    return np.sum(np.square(w)) * lambd / 2


def objective_ls(d, lambd, w):
    return least_squares(d, w) + weight_decay(lambd, w)


def objective_mse(d, lambd, w):
    return mse_loss(d, w) + weight_decay(lambd, w)


def normal(d):
    return np.linalg.solve(d.X.T @ d.X, d.X.T @ d.Y)


def ridge(d, lambd):
    n = d.X.shape[1]
    return np.linalg.solve(d.X.T @ d.X + lambd * np.identity(n), d.X.T @ d.Y)


def ridge_mse(d, lambd2):
    m, n = d.X.shape
    return np.linalg.solve(2 / m * (d.X.T @ d.X) + lambd2 * np.identity(n), 2 / m * (d.X.T @ d.Y))


def lstsq(d):
    return np.linalg.lstsq(d.X, d.Y, rcond=None)[0]


def mape(pred, true):
    pred, true = np.asarray(pred, dtype=float), np.asarray(true, dtype=float)
    zero = true == 0
    safe = np.where(zero, 1.0, true)
    return float(np.mean(np.where(zero, np.abs(pred), np.abs((true - pred) / safe))))


def show(label, value, values):
    """Prints label = value as wb's print does, and keeps the value for callers that compare."""
    values.append((label, value))
    if isinstance(value, np.ndarray):
        prefix = label + " = "
        print(prefix + np.array2string(value, prefix=prefix))
    else:
        print("%s = %r" % (label, float(value)))


def curve(path, w_values, curves, points, ylabel=None, tick_format="{:.1f}"):
    """One figure as the notebook draws its 1-D plots: lines, scattered minima, 5 ticks, grid."""
    plt.figure()
    for label, ys in curves:
        plt.plot(w_values, ys, label=label)
    for w, value, color, label in points:
        plt.scatter(w, value, color=color, label=label)
    plt.xticks(np.linspace(w_values[0], w_values[-1], 5))
    plt.gca().xaxis.set_major_formatter(ticker.FuncFormatter(lambda x, _: tick_format.format(x)))
    plt.legend()
    plt.xlabel("w")
    if ylabel:
        plt.ylabel(ylabel)
    plt.grid(True)
    plt.savefig(path)
    plt.close()


def decay_curve(path, w_values, name, loss, lam, objective, w_min, w_loss_min):
    """Figures 3 and 4: a loss, its weight decay lam/2 ||w||^2 and their sum J over w, with the
    minimum of J and that of the loss alone."""
    def over_w(f):
        return np.array([f(w.reshape(-1, 1)) for w in w_values])

    curve(path, w_values,
          [(name, over_w(loss)), ("L2", over_w(lambda w: weight_decay(lam, w))), ("J", over_w(objective))],
          [(w_min.item(), objective(w_min), "red", "min J"),
           (w_loss_min.item(), loss(w_loss_min), "black", "min " + name)], tick_format="{:.2f}")


def notebook(out):
    """Runs the notebook: prints its quantities, writes its five figures to out, returns the values."""
    os.makedirs(out, exist_ok=True)
    values = []
    np.random.seed(0)

    # 1. One feature: true w = 3.14, y = Xw + 1, no bias in the model.
    d = Data(M, [3.14], bias=1.0)
    print(d)

    # 2. Least squares and the normal equation.
    w_ls = normal(d)
    show("w_ls", w_ls, values)
    show("LS(w_ls)", least_squares(d, w_ls), values)
    w_values = np.linspace(-10, 10, 100)
    ls_values = np.array([least_squares(d, w.reshape(-1, 1)) for w in w_values])
    curve(os.path.join(out, "01-ls.png"), w_values, [("LS", ls_values)],
          [(w_ls.item(), least_squares(d, w_ls), "red", "min")], ylabel="least squares")

    # 3. MSE = 2/M LS has the same minimiser.
    show("mape(MSE(w_ls), 2/M LS(w_ls))", mape(mse_loss(d, w_ls), least_squares(d, w_ls) * 2 / M), values)
    mse_values = np.array([mse_loss(d, w.reshape(-1, 1)) for w in w_values])
    curve(os.path.join(out, "02-mse.png"), w_values, [("MSE", mse_values)],
          [(w_ls.item(), mse_loss(d, w_ls), "red", "min")], ylabel="MSE loss")

    # 4. Weight decay on LS.
    w_ls_l2 = ridge(d, LAMBDA)
    show("w_ls_l2", w_ls_l2, values)
    show("J_LS(w_ls_l2)", objective_ls(d, LAMBDA, w_ls_l2), values)
    show("LS(w_ls_l2)", least_squares(d, w_ls_l2), values)
    w_values = np.linspace(-5, 5, 100)
    decay_curve(os.path.join(out, "03-ls_wd.png"), w_values, "LS", lambda w: least_squares(d, w), LAMBDA,
                lambda w: objective_ls(d, LAMBDA, w), w_ls_l2, w_ls)

    # 5. Weight decay on MSE, with lambda2 = 2 lambda / M.
    lambda2 = 2 * LAMBDA / M
    w_mse_l2 = ridge_mse(d, lambda2)
    show("lambda2", lambda2, values)
    show("w_mse_l2", w_mse_l2, values)
    show("mape(w_mse_l2, w_ls_l2)", mape(w_mse_l2, w_ls_l2), values)
    show("mape(J_MSE(w_ls), 2/M J_LS(w_ls))",
         mape(objective_mse(d, lambda2, w_ls), objective_ls(d, LAMBDA, w_ls) * 2 / M), values)
    decay_curve(os.path.join(out, "04-mse_wd.png"), w_values, "MSE", lambda w: mse_loss(d, w), lambda2,
                lambda w: objective_mse(d, lambda2, w), w_mse_l2, w_ls)

    # 6. Two features: true w = (4.0, 1.5), no bias, no noise.
    d2 = Data(M, [4.0, 1.5])
    print(d2)
    w_2 = ridge(d2, LAMBDA)
    show("w_2", w_2, values)
    w1_values = np.linspace(-7, 7, 100)
    w2_values = np.linspace(-7, 7, 100)
    W1, W2 = np.meshgrid(w1_values, w2_values)
    mse_grid = np.array([[mse_loss(d2, np.array([[a], [b]])) for a in w1_values] for b in w2_values])
    wd_grid = np.array([[weight_decay(LAMBDA, np.array([[a], [b]])) for a in w1_values] for b in w2_values])
    plt.figure()
    plt.contour(W1, W2, mse_grid, cmap="inferno",
                levels=np.linspace(np.min(mse_grid) * 0.1, np.max(mse_grid) * 0.1, 10))
    plt.scatter(4.0, 1.5, color="black", label="min MSE")
    plt.contour(W1, W2, wd_grid, cmap="Blues",
                levels=np.linspace(np.min(wd_grid) * 0.1, np.max(wd_grid) * 0.1, 10))
    plt.scatter(w_2[0, 0], w_2[1, 0], marker="x", color="red", s=100, label="min J")
    plt.xlim((-7, 7))
    plt.ylim((-7, 7))
    plt.grid(True)
    plt.xlabel("$w_{1}$")
    plt.ylabel("$w_{2}$")
    plt.legend()
    plt.savefig(os.path.join(out, "05-contour.png"))
    plt.close()

    # 7. Any number of features: ridge(lambda) tends to the least-squares solution as lambda -> 0.
    d3 = Data.random_weights(M, 10, 0.0, 0.1)
    print(d3)
    w_qr = lstsq(d3)
    for lambd in (1e2, 1.0, 1e-2, 1e-4, 1e-6):
        show("mape(ridge(%r), lstsq())" % lambd, mape(ridge(d3, lambd), w_qr), values)
    show("mape(normal(), lstsq())", mape(normal(d3), w_qr), values)
    return values


if __name__ == "__main__":
    notebook(sys.argv[1] if len(sys.argv) > 1 else "out-py")
