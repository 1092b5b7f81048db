package wb.plot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void notebookRangesGetTheTicksMatplotlibShows() {
        // the 1-D figures: w in [-5, 5] with 5% margins, J up to ~45000
        assertThat(labels(Ticks.linear(-5.5, 5.5, 9))).containsExactly("\u22124", "\u22122", "0", "2", "4");
        assertThat(labels(Ticks.linear(-2250, 47250, 9))).containsExactly("0", "10000", "20000", "30000", "40000");
        assertThat(labels(Ticks.linear(-7, 7, 9))).containsExactly("\u22126", "\u22124", "\u22122", "0", "2", "4", "6");
    }

    @Test
    void linspaceDataGetsRoundTicksNotXChartsFractions() {
        // linspace(-1, 1) with 5% margins; XChart 4.0.3 labels such data -0.64, -0.28, 0.08, ...
        assertThat(labels(Ticks.linear(-1.1, 1.1, 9))).containsExactly("\u22121.0", "\u22120.5", "0.0", "0.5", "1.0");
    }

    @Test
    void ticksAreRoundMultiplesOfAOneTwoFiveStepForManyRanges() {
        SplittableRandom r = new SplittableRandom(42);
        for (int n = 0; n < 2000; n++) {
            double scale = Math.pow(10, r.nextInt(-8, 9));
            double lo = (r.nextDouble() * 2 - 1) * scale;
            double hi = lo + r.nextDouble(1e-3, 10) * scale;
            int bins = r.nextInt(3, 10);
            Ticks.Set t = Ticks.linear(lo, hi, bins);
            List<Ticks.Tick> major = t.major();
            // at most bins + 1 ticks, unless that would leave fewer than two in view (then one step finer)
            assertThat(major.size()).as("ticks in [%s, %s]", lo, hi).isBetween(2, Math.max(bins + 1, 6));
            BigDecimal step = new BigDecimal(major.get(1).value()).subtract(new BigDecimal(major.get(0).value()))
                    .round(new java.math.MathContext(6)).stripTrailingZeros();
            BigDecimal mantissa = step.movePointLeft(step.precision() - step.scale() - 1).stripTrailingZeros();
            assertThat(mantissa.toPlainString()).isIn("1", "2", "5");
            for (Ticks.Tick tick : major) {
                assertThat(tick.value()).isBetween(lo - (hi - lo) * 1e-9, hi + (hi - lo) * 1e-9);
                BigDecimal k = new BigDecimal(tick.value()).divide(step, java.math.MathContext.DECIMAL64);
                assertThat(k.subtract(k.setScale(0, java.math.RoundingMode.HALF_EVEN)).abs().doubleValue()).isLessThan(1e-9);
            }
            // labels read back as the tick values (times the multiplier), all with the same decimals
            double mult = t.multiplier().isEmpty() ? 1 : Math.pow(10, Integer.parseInt(
                    t.multiplier().replaceAll(".*\\{(.*)}", "$1").replace('\u2212', '-')));
            int decimals = -1;
            for (Ticks.Tick tick : major) {
                String plain = tick.label().replace('\u2212', '-');
                assertThat(Double.parseDouble(plain) * mult).isCloseTo(tick.value(), org.assertj.core.data.Offset.offset(
                        Math.abs(step.doubleValue()) * 1e-6));
                int d = plain.contains(".") ? plain.length() - plain.indexOf('.') - 1 : 0;
                if (decimals >= 0) {
                    assertThat(d).isEqualTo(decimals);
                }
                decimals = d;
            }
        }
    }

    @Test
    void hugeAndTinyValuesUseAMultiplier() {
        Ticks.Set big = Ticks.linear(0, 3e7, 6);
        assertThat(big.multiplier()).isEqualTo("\u00d710^{7}");
        assertThat(labels(big)).containsExactly("0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0");
        Ticks.Set small = Ticks.linear(0, 4e-6, 4);
        assertThat(small.multiplier()).isEqualTo("\u00d710^{\u22126}");
        assertThat(labels(small)).containsExactly("0", "1", "2", "3", "4");
    }

    @Test
    void logAxesTickDecadesWithMinorTicksBetween() {
        Ticks.Set t = Ticks.log(1e-3, 1e3, 9);
        assertThat(labels(t)).containsExactly("10^{\u22123}", "10^{\u22122}", "10^{\u22121}", "10^{0}", "10^{1}", "10^{2}", "10^{3}");
        assertThat(t.minor()).contains(0.002, 0.05, 300.0).hasSize(6 * 8);
        assertThat(labels(Ticks.log(1e-12, 1e12, 6))).hasSizeLessThanOrEqualTo(7).contains("10^{0}");
        // less than two decades: plain 1-2-5 labels
        assertThat(labels(Ticks.log(2, 9, 6))).containsExactly("2", "4", "6", "8");
    }

    @Test
    void numbersAreShortAndStable() {
        assertThat(Ticks.number(0.1 + 0.2, 3)).isEqualTo("0.3");
        assertThat(Ticks.number(-1234.5678, 3)).isEqualTo("\u22121230");
        assertThat(Ticks.number(2.5e-7, 3)).isEqualTo("2.5e\u22127");
        assertThat(Ticks.number(0, 3)).isEqualTo("0");
    }

    private static List<String> labels(Ticks.Set s) {
        return s.major().stream().map(Ticks.Tick::label).toList();
    }
}
