"""Writes src/main/resources/wb/plot/render/colormaps.txt from matplotlib's own colormap tables.

Each map is sampled at its 256 lookup-table entries exactly as matplotlib builds them
(ListedColormap data for the perceptual maps, the LinearSegmentedColormap interpolation of the
ColorBrewer anchors for the sequential ones), so wb's colour for a level equals matplotlib's.
Run: /usr/bin/python3 src/bench/python/make_colormaps.py > src/main/resources/wb/plot/render/colormaps.txt
"""
import matplotlib
from matplotlib import colormaps
NAMES = ["viridis", "inferno", "magma", "plasma", "cividis", "Blues", "Greens", "Greys", "Oranges",
         "Purples", "Reds", "coolwarm", "RdBu"]
print("# matplotlib %s colormap lookup tables: name, then 256 lines of 8-bit r g b" % matplotlib.__version__)
print("# viridis/inferno/magma/plasma: CC0 (van der Walt, Smith, Nunez); cividis: CC0 (Nunez et al.);")
print("# Blues, Greens, Greys, Oranges, Purples, Reds, RdBu: ColorBrewer (C) Cynthia Brewer, Apache-2.0-style licence;")
print("# coolwarm: Kenneth Moreland, public domain.")
for n in NAMES:
    cm = colormaps[n]
    print("map " + n)
    for i in range(256):
        r, g, b, _ = cm(i)
        print("%d %d %d" % (round(r * 255), round(g * 255), round(b * 255)))
