"""Writes repr-cases.tsv: doubles (as IEEE bit patterns) with Python's repr and numpy's str of
small arrays, for ReprTest. Regenerate with: python3 make_repr_cases.py > repr-cases.tsv
(numpy 2.4.6 produced the committed file)."""
import struct
import numpy as np

rng = np.random.RandomState(2024)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


vals = []
for e in range(-30, 31):
    for _ in range(25):
        vals.append(float(rng.randn() * 10.0 ** e))
vals += [float(rng.randint(-10**6, 10**6)) / 10 ** rng.randint(0, 7) for _ in range(500)]
vals += [0.5, 0.25, 0.125, 1e22, 1e23, 2.0 ** 60, 2.0 ** -60, 5e-324, 1.7976931348623157e308, -0.0, 0.0, 1 / 3]
for v in vals:
    print("S\t%s\t%s" % (bits(v), repr(v)))

specials = [0.0, -0.0, np.nan, np.inf, -np.inf, 1.0, -1.0, 0.5]
for k in range(400):
    rows = rng.randint(1, 8)
    cols = rng.randint(1, 12) if k % 3 else 1
    scale = 10.0 ** rng.randint(-9, 12)
    a = rng.randn(rows, cols) * scale
    if k % 4 == 0:
        a = np.round(a, rng.randint(0, 4))
    if k % 5 == 0:
        for _ in range(rng.randint(1, 3)):
            a[rng.randint(rows), rng.randint(cols)] = specials[rng.randint(len(specials))]
    s = str(a).replace("\n", "\\n")
    print("A\t%d\t%d\t%s\t%s" % (rows, cols, ",".join(bits(float(v)) for v in a.ravel()), s))
