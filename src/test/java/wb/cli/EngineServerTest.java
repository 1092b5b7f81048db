package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EngineServerTest {
    @Test
    void wbEngineIdleTakesSecondsOrANumberWithAUnit() {
        assertThat(EngineServer.idleLimit("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(EngineServer.idleLimit("45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(EngineServer.idleLimit("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(EngineServer.idleLimit(" 2H ")).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void noOrAnUnreadableIdleTimeMeansThirtyMinutes() {
        assertThat(EngineServer.idleLimit(null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(EngineServer.idleLimit("")).isEqualTo(Duration.ofMinutes(30));
        assertThat(EngineServer.idleLimit("soon")).isEqualTo(Duration.ofMinutes(30));
    }
}
