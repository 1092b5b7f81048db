// The five figures of the seed notebook, made with wb; writes docs/img/*.png.
// Run from the repository root: scripts/wb run docs/notebook-figures.jsh
// Each figure is one expression; docs/plotting.md shows them beside their pictures.

// N = 1: X standard normal, true w = 3.14, y = Xw + 1 (seed 0, numpy's draws)
dataset(1000, vec(3.14), 1.0);
double wls = normal().item();

Figure lsFig = plot(w -> ls(w), -10, 10).label("LS")
    .point(wls, ls(wls)).color("red").label("min")
    .xlabel("w").ylabel("least squares").name("ls");

Figure mseFig = plot(w -> mse(w), -10, 10).label("MSE")
    .point(wls, mse(wls)).color("red").label("min")
    .xlabel("w").ylabel("MSE loss").name("mse");

// weight decay with lambda = 1000 on LS, and lambda2 = 2 lambda / M on MSE
double wl2 = ridge(1e3).item();
Figure lsWdFig = plot(w -> ls(w), -5, 5).label("LS").fn(w -> wd(1e3, w), -5, 5).label("L2")
    .fn(w -> objectiveLs(1e3, w), -5, 5).label("J")
    .point(wl2, objectiveLs(1e3, wl2)).color("red").label("min J")
    .point(wls, ls(wls)).color("black").label("min LS").xlabel("w").name("ls_wd");

double lambda2 = lambdaMseFromLs(1e3);
double wm2 = ridgeMse(lambda2).item();
Figure mseWdFig = plot(w -> mse(w), -5, 5).label("MSE").fn(w -> wd(lambda2, w), -5, 5).label("L2")
    .fn(w -> objectiveMse(lambda2, w), -5, 5).label("J")
    .point(wm2, objectiveMse(lambda2, wm2)).color("red").label("min J")
    .point(wls, mse(wls)).color("black").label("min MSE").xlabel("w").name("mse_wd");

// N = 2: true w = (4.0, 1.5), no bias
dataset(1000, vec(4.0, 1.5));
Vec w2 = ridge(1e3);
Figure contourFig = contour((a, b) -> mse(a, b), -7, 7, -7, 7).cmap("inferno").spread(10, 0.1)
    .point(4.0, 1.5).color("black").label("min MSE")
    .contour((a, b) -> wd(1e3, a, b), -7, 7, -7, 7).cmap("Blues").spread(10, 0.1)
    .point(w2.get(0), w2.get(1)).marker("x").color("red").markerSize(10).label("min J")
    .xlabel("$w_{1}$").ylabel("$w_{2}$").name("contour");

for (Figure f : List.of(lsFig, mseFig, lsWdFig, mseWdFig, contourFig)) f.save("docs/img/" + f.name() + ".png");
