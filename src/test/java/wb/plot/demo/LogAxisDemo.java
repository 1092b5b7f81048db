package wb.plot.demo;

import wb.plot.Figure;

/** A sweep of lambda on a log axis, as a lambda study draws it. */
public final class LogAxisDemo implements Demo {
    @Override
    public Figure figure() {
        double[] lambda = new double[41];
        double[] w = new double[41];
        for (int i = 0; i < lambda.length; i++) {
            lambda[i] = Math.pow(10, -3 + i * 0.15);
            w[i] = 3.14 * 1000 / (1000 + lambda[i]);
        }
        return new Figure().name("log-axis").line(lambda, w).label("w(\\lambda)").marker(".").logx()
                .xlabel("$\\lambda$").ylabel("w").title("ridge solution against \\lambda");
    }
}
