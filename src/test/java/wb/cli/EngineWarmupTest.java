package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineWarmupTest {
    /**
     * Round times in milliseconds (as nanoseconds): rounds that fall from 3000 ms by 100 ms each,
     * as many as make, with the given last rounds, {@code EngineWarmup.MIN_ROUNDS} in all.
     */
    private static List<Long> fallingThen(long... last) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < EngineWarmup.MIN_ROUNDS - last.length; i++) {
            nanos.add((3000 - 100L * i) * 1_000_000);
        }
        for (long millis : last) {
            nanos.add(millis * 1_000_000);
        }
        return nanos;
    }

    private static List<Long> flat(int rounds) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            nanos.add(500_000_000L);
        }
        return nanos;
    }

    @Test
    void roundsThatStillGetFasterKeepTheWarmupGoing() {
        assertThat(EngineWarmup.settled(fallingThen(1500, 1300, 1100, 900))).isFalse();
    }

    @Test
    void fourRoundsThatNoLongerBeatTheBestEndIt() {
        // The best before the last four is the last falling round; none of the four beats it by 5%.
        List<Long> rounds = fallingThen(1500, 1500, 1500, 1500);
        long bestBefore = rounds.get(rounds.size() - 5) / 1_000_000;
        assertThat(EngineWarmup.settled(fallingThen(bestBefore + 20, bestBefore + 80, bestBefore, 2 * bestBefore)))
                .isTrue();
    }

    @Test
    void oneFastRoundAmongSlowOnesCountsAsFalling() {
        List<Long> rounds = fallingThen(1500, 1500, 1500, 1500);
        long bestBefore = rounds.get(rounds.size() - 5) / 1_000_000;
        // The third-last round beats the best before by more than 5%: still falling.
        assertThat(EngineWarmup.settled(fallingThen(2 * bestBefore, bestBefore * 90 / 100, bestBefore, bestBefore)))
                .isFalse();
    }

    @Test
    void neverBeforeTheFewestRounds() {
        assertThat(EngineWarmup.settled(flat(EngineWarmup.MIN_ROUNDS - 1))).isFalse();
        assertThat(EngineWarmup.settled(flat(EngineWarmup.MIN_ROUNDS))).isTrue();
    }
}
