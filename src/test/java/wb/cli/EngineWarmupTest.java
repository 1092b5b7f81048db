package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EngineWarmupTest {
    private static List<Long> millis(long... values) {
        return java.util.Arrays.stream(values).map(v -> v * 1_000_000).boxed().toList();
    }

    @Test
    void roundsThatStillGetFasterKeepTheWarmupGoing() {
        assertThat(EngineWarmup.settled(millis(1800, 1400, 1200, 1000, 900, 800, 700, 600))).isFalse();
    }

    @Test
    void fourRoundsThatNoLongerBeatTheBestEndIt() {
        assertThat(EngineWarmup.settled(millis(1800, 1400, 1000, 620, 640, 700, 630, 1500))).isTrue();
    }

    @Test
    void oneSlowRoundAmongFastOnesDoesNotCountAsFalling() {
        // The fourth-last round beat the best before by more than 5%: still falling.
        assertThat(EngineWarmup.settled(millis(1800, 1400, 1000, 800, 700, 2000, 650, 640, 900))).isFalse();
    }

    @Test
    void neverBeforeTheFewestRounds() {
        assertThat(EngineWarmup.settled(millis(500, 500, 500, 500, 500, 500, 500))).isFalse();
        assertThat(EngineWarmup.settled(millis(500, 500, 500, 500, 500, 500, 500, 500))).isTrue();
    }
}
