"""The seed script's solutions a third way: numpy on the data sets wb wrote to CSV.

Usage: python3 weight_decay_check.py ONE_D.csv TWO_D.csv LAMBDA
Prints one line per solution, "name value value ...", with 17 significant digits.
The CSV files have a header and the target y in the last column, as wb's save(d, path) writes.
"""
import sys

import numpy as np


def read(path):
    data = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    return data[:, :-1], data[:, -1:]


def main():
    one_d, two_d, lam = sys.argv[1], sys.argv[2], float(sys.argv[3])
    for name, path in (("1d", one_d), ("2d", two_d)):
        X, Y = read(path)
        n = X.shape[1]
        w_ls = np.linalg.solve(X.T @ X, X.T @ Y)
        w_ridge = np.linalg.solve(X.T @ X + lam * np.identity(n), X.T @ Y)
        print(name + "_ls", " ".join("%.17g" % v for v in w_ls.ravel()))
        print(name + "_ridge", " ".join("%.17g" % v for v in w_ridge.ravel()))


if __name__ == "__main__":
    main()
