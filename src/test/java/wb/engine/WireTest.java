package wb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireTest {
    @Test
    void framesComeOutAsTheyWentIn() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Wire out = new Wire(new ByteArrayInputStream(new byte[0]), bytes, () -> { });
        out.writeStrings(Wire.HELLO, List.of("key", "/dir", "", "é ∑"));
        out.write(Wire.STDOUT, "abc".getBytes(), 1, 2);
        out.writeInt(Wire.EXIT, 130);
        Wire in = new Wire(new ByteArrayInputStream(bytes.toByteArray()), OutputStream.nullOutputStream(), () -> { });
        Wire.Frame hello = in.read();
        assertThat(hello.type()).isEqualTo(Wire.HELLO);
        assertThat(hello.strings()).containsExactly("key", "/dir", "", "é ∑");
        assertThat(in.read().payload()).containsExactly('b', 'c');
        assertThat(in.read().integer()).isEqualTo(130);
        assertThat(in.read()).as("end of stream").isNull();
    }

    @Test
    void aStreamThatIsNotTheProtocolIsRefused() {
        byte[] http = "GET / HTTP/1.1\r\n".getBytes();
        Wire in = new Wire(new ByteArrayInputStream(http), OutputStream.nullOutputStream(), () -> { });
        assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("not the wb engine protocol");
    }

    @Test
    void aFrameCutShortEndsTheStream() throws Exception {
        Wire in = new Wire(new ByteArrayInputStream(new byte[] {'O', 0, 0, 0, 5, 'a'}), OutputStream.nullOutputStream(),
                () -> { });
        assertThat(in.read()).isNull();
    }
}
